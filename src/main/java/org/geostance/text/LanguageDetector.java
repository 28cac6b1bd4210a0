package org.geostance.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * Detects a paragraph's language with Lingua, among the languages a news feed about the region is likely to
 * carry. Only "fr" and "en" have lexicons; anything else is reported with its ISO 639-1 code and scored
 * neutrally.
 *
 * <p>Lingua costs 0.3–0.5 ms per paragraph even in low-accuracy mode, more than the rest of the scoring. Most
 * paragraphs of a French or English feed say their language plainly through function words, so
 * {@link FunctionWords} answers those in microseconds and Lingua decides every paragraph where that evidence is
 * thin, mixed or not in Latin script (measured in README, "Decisions").
 */
public final class LanguageDetector implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String UNKNOWN = "unknown";

    /** Enough characters to decide; reading a 5 MB paragraph whole would only cost time. */
    private static final int SAMPLE_CHARS = 1_000;

    /** Words of running text average 5–6 characters; 40 per space is far beyond any prose. */
    private static final int MAX_CHARS_PER_SPACE = 40;

    private static final Language[] CANDIDATES = {
        Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
        Language.PORTUGUESE, Language.DUTCH, Language.ARABIC, Language.TURKISH, Language.HEBREW,
        Language.PERSIAN, Language.RUSSIAN
    };

    private transient com.github.pemistahl.lingua.api.LanguageDetector detector;

    /**
     * Lingua's relative confidence (its best language = 1) the article's language needs on a paragraph the
     * function words leave undecided. Short French headlines and ledes ("Israël salue l'accord de trêve.") score
     * 0.86–0.98 for French while low-accuracy Lingua puts English, Dutch or Spanish first; a sentence really in
     * another language gives French or English under 0.8 (German 0.74, Spanish 0.67, a short English quote 0.6).
     */
    private static final double PRIOR_CONFIDENCE = 0.8;

    /**
     * Below this many words Lingua's guess is noise: furniture lines of published copy ("Advertisement", "© 2024
     * AFP", "Photo") keep the article's language ("Advertisement" reads French to Lingua).
     */
    private static final int MIN_WORDS = 3;

    public String detect(String text) {
        return detect(text, null);
    }

    /**
     * The paragraph's language, knowing that its article is written in {@code articleLanguage} (declared by the
     * source or detected on the whole article; null when unknown): a paragraph too short for its function words
     * to decide keeps the article's language when its few function words are all of that language, or when
     * Lingua finds that language plausible.
     */
    public String detect(String text, String articleLanguage) {
        String sample = sample(text);
        String obvious = FunctionWords.obviousLanguage(sample);
        if (obvious != null) {
            return obvious;
        }
        if (articleLanguage == null || articleLanguage.isBlank()) {
            return detectWithLingua(sample);
        }
        String prior = articleLanguage.toLowerCase(Locale.ROOT);
        if (FunctionWords.onlyWordsOf(sample, prior) || words(sample) < MIN_WORDS) {
            return prior;
        }
        SortedMap<Language, Double> confidence = detector().computeLanguageConfidenceValues(sample);
        for (Language candidate : CANDIDATES) {
            if (candidate.getIsoCode639_1().toString().equals(prior)
                    && confidence.getOrDefault(candidate, 0.0) >= PRIOR_CONFIDENCE) {
                return prior;
            }
        }
        return detectWithLingua(sample);
    }

    /**
     * The language of a whole article, from the start of its prose: the prior for its short paragraphs. A paragraph
     * with almost no spaces (an embedded image, a URL list, a table of figures) says nothing of the language and
     * would outweigh a short sentence beside it.
     */
    public String detectArticle(List<String> paragraphs) {
        StringBuilder sample = new StringBuilder();
        for (String paragraph : paragraphs) {
            if (sample.length() >= SAMPLE_CHARS) {
                break;
            }
            if (isProse(sample(paragraph))) {
                sample.append(paragraph).append('\n');
            }
        }
        String language = detect(sample.toString());
        return UNKNOWN.equals(language) ? null : language;
    }

    /** Runs of non-space characters holding a letter. */
    private static int words(String text) {
        int words = 0;
        for (String chunk : text.split("[\\s\\p{Zs}]+")) {
            if (chunk.codePoints().anyMatch(Character::isLetter)) {
                words++;
            }
        }
        return words;
    }

    /** At least one space for every {@value #MAX_CHARS_PER_SPACE} characters, as running text has. */
    private static boolean isProse(String text) {
        long spaces = text.chars().filter(Character::isWhitespace).count();
        return spaces * MAX_CHARS_PER_SPACE >= text.length();
    }

    /** Lingua's answer alone, on the same sample: the reference the function-word shortcut is tested against. */
    String detectWithLingua(String text) {
        Language language = detector().detectLanguageOf(sample(text));
        return language == Language.UNKNOWN ? UNKNOWN : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /**
     * ISO 639-1 codes of the languages Lingua chooses among: the job jar keeps Lingua's models for these only
     * (pom.xml), which StandaloneClusterIT checks.
     */
    public static List<String> candidateCodes() {
        return java.util.Arrays.stream(CANDIDATES)
                .map(language -> language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT)).toList();
    }

    private static String sample(String text) {
        return text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    }

    // Lingua's models are not serializable and load lazily; each executor JVM builds its own detector once.
    private com.github.pemistahl.lingua.api.LanguageDetector detector() {
        if (detector == null) {
            detector = LanguageDetectorBuilder.fromLanguages(CANDIDATES).withLowAccuracyMode().build();
        }
        return detector;
    }
}
