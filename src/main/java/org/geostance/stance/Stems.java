package org.geostance.stance;

import java.util.Locale;
import org.geostance.text.Folding;
import org.geostance.text.LruCache;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * Normalises a word to the form that lexicon entries are matched on: the Snowball stem of the lower-cased
 * word (accents kept, so that Snowball's French rules see « é »), then folded like {@link Folding#key}.
 * A French word that is only a verb form is first replaced by its infinitive ({@link FrenchLemmas}); third-person
 * plurals in -ent that the dictionary does not know, which Snowball leaves alone, are cut once more. Stemmers are not
 * thread-safe: each thread has its own, and a cache of the words it met (the recently used ones stay when a
 * corpus's vocabulary outgrows it, where emptying a full map made every word a miss again).
 */
public final class Stems {
    private static final int CACHE_LIMIT = 100_000;

    private static final ThreadLocal<Stems> FRENCH = ThreadLocal.withInitial(() -> new Stems(new FrenchStemmer(), true));
    private static final ThreadLocal<Stems> ENGLISH = ThreadLocal.withInitial(() -> new Stems(new EnglishStemmer(), false));

    private final SnowballStemmer stemmer;
    private final boolean french;
    private final FrenchLemmas lemmas;
    private final LruCache<String> cache = new LruCache<>(CACHE_LIMIT);

    private Stems(SnowballStemmer stemmer, boolean french) {
        this.stemmer = stemmer;
        this.french = french;
        this.lemmas = french ? new FrenchLemmas() : null;
    }

    /** The stemmer of this thread for "fr" or "en"; null for other languages. */
    public static Stems of(String language) {
        if ("fr".equals(language)) {
            return FRENCH.get();
        }
        if ("en".equals(language)) {
            return ENGLISH.get();
        }
        return null;
    }

    /** The matching stem of one token as written. */
    public String stem(String surface) {
        return cache.computeIfAbsent(surface, this::compute);
    }

    private String compute(String surface) {
        String lower = Folding.unifyApostrophes(surface).toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || !Character.isLetter(lower.charAt(0)) || lower.endsWith("'")) {
            return Folding.key(lower);
        }
        String infinitive = french ? lemmas.verbOnly(lower) : null;
        if (infinitive != null) {
            return Folding.key(snowball(infinitive));
        }
        String stem = snowball(lower);
        if (french && stem.equals(lower) && lower.length() > 6 && lower.endsWith("ent")) {
            // saluent, condamnent, traînent: Snowball keeps -ent when it is not in its R-region rules.
            stem = snowball(lower.substring(0, lower.length() - 3));
        }
        return Folding.key(stem);
    }

    private String snowball(String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
