package org.geostance.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.Serializable;
import java.util.Locale;

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

    private static final Language[] CANDIDATES = {
        Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
        Language.PORTUGUESE, Language.DUTCH, Language.ARABIC, Language.TURKISH, Language.HEBREW,
        Language.PERSIAN, Language.RUSSIAN
    };

    private transient com.github.pemistahl.lingua.api.LanguageDetector detector;

    public String detect(String text) {
        String sample = sample(text);
        String obvious = FunctionWords.obviousLanguage(sample);
        return obvious != null ? obvious : detectWithLingua(sample);
    }

    /** Lingua's answer alone, on the same sample: the reference the function-word shortcut is tested against. */
    String detectWithLingua(String text) {
        Language language = detector().detectLanguageOf(sample(text));
        return language == Language.UNKNOWN ? UNKNOWN : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
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
