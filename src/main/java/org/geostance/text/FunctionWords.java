package org.geostance.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The cheap evidence for {@link LanguageDetector}: counts words that belong to one language's closed classes
 * (articles, pronouns, auxiliaries, prepositions) and names French or English only when that count is large and
 * no other candidate comes close. Words shared between candidate languages ("la", "de", "in", "il", "son", "on")
 * or common in names and in English ("von", "van", "met", "do") are left out on purpose: they would vote for
 * the wrong language as often as for the right one.
 */
final class FunctionWords {
    /** Below this many hits the paragraph is too short to call without Lingua. */
    private static final int MIN_HITS = 4;
    /** The winner needs this many times the hits of every other language together. */
    private static final int MARGIN = 4;
    /** At least this share of letters must be Latin script; Arabic, Hebrew, Persian, Russian go to Lingua. */
    private static final double MIN_LATIN_SHARE = 0.97;

    private static final char LATIN_EXTENDED_END = '\u0250';

    private static final int FR = 0;
    private static final int EN = 1;
    private static final int OTHER = 2;

    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        add(FR, "le les des du et est une pour dans pas sur aux avec ont sont cette ces été leur leurs selon "
                + "après nous vous ils elles elle lui depuis contre sans très aussi était avait avaient fait");
        add(EN, "the and of to is that for with was were by are has have had from at said this which will its "
                + "their been but not after who would they he his it be than also over into these those");
        // German, Spanish, Italian, Portuguese, Dutch, Turkish: a paragraph in one of them must not look French
        // or English because of a few shared names.
        add(OTHER, "und ist nicht mit das dem den ein eine auch sich auf für wird "
                + "el los las y por con una para del es como pero sus fue "
                + "che di della delle per sono gli anche nel alla "
                + "os não com uma da dos das em ao foi "
                + "het een zijn niet voor ook dat "
                + "ve bir bu için olarak çok");
    }

    private FunctionWords() {}

    private static void add(int language, String words) {
        for (String word : words.split(" ")) {
            Integer previous = WORDS.putIfAbsent(word, language);
            if (previous != null && previous != language) {
                throw new IllegalStateException("function word in two languages: " + word);
            }
        }
    }

    /** "fr" or "en" when the function words leave no doubt, otherwise null. */
    static String obviousLanguage(String text) {
        int[] hits = hits(text);
        if (hits == null) {
            return null;
        }
        int winner = hits[FR] >= hits[EN] ? FR : EN;
        int others = hits[FR] + hits[EN] + hits[OTHER] - hits[winner];
        if (hits[winner] < MIN_HITS || hits[winner] < MARGIN * others) {
            return null;
        }
        return winner == FR ? "fr" : "en";
    }

    /**
     * True when the text has function words of {@code language} ("fr" or "en") and of no other language: too
     * little to name a language alone, enough to confirm the one its article is written in.
     */
    static boolean onlyWordsOf(String text, String language) {
        int[] hits = hits(text);
        int own = "fr".equals(language) ? FR : "en".equals(language) ? EN : -1;
        return hits != null && own >= 0 && hits[own] > 0 && hits[FR] + hits[EN] + hits[OTHER] == hits[own];
    }

    /** Function-word hits per language (FR, EN, OTHER), or null when the text is not mostly Latin script. */
    private static int[] hits(String text) {
        int[] hits = new int[3];
        int letters = 0;
        int latin = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                letters++;
                // Below U+0250 every letter is Latin; the script lookup is only needed beyond.
                if (c < LATIN_EXTENDED_END || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                Integer language = i - start > 1 ? WORDS.get(text.substring(start, i).toLowerCase(Locale.ROOT)) : null;
                if (language != null) {
                    hits[language]++;
                }
                start = -1;
            }
        }
        return letters == 0 || latin < MIN_LATIN_SHARE * letters ? null : hits;
    }
}
