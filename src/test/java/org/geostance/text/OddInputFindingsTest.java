package org.geostance.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.geostance.testing.SharedSpark;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Failures of the text stage found while hardening the job against bad input (issue 6). The job survives them
 * (the article is rejected with reason scoring-failed, or scored without the missed reference); the tests are
 * disabled so that the build stays green and are to be enabled by whoever fixes the root cause.
 */
class OddInputFindingsTest {
    @Test
    @Disabled("issue 6 finding: Spark NLP's infix patterns recurse once per letter-separator pair; from about "
            + "8,000 characters of 'a.' (4,000 of 'a-b.', 20,000 of 'Tel-Aviv-') analyze() throws StackOverflowError")
    void aLongTokenOfLettersAndDotsDoesNotOverflowTheStack() {
        assertThatCode(() -> SharedSpark.analyzer().analyze("a.".repeat(5_000))).doesNotThrowAnyException();
        assertThatCode(() -> SharedSpark.analyzer().analyze("a-b.".repeat(1_500))).doesNotThrowAnyException();
    }

    @Test
    @Disabled("issue 6 finding: short French paragraphs are detected as English (low-accuracy Lingua), so French "
            + "aliases are not looked up: 'Les États-Unis saluent la trêve.' gets no USA reference at all")
    void aShortFrenchSentenceIsFrench() {
        LanguageDetector detector = new LanguageDetector();
        assertThat(detector.detect("Les États-Unis saluent la trêve.")).isEqualTo("fr");
        assertThat(detector.detect("Israël salue l'accord de trêve.")).isEqualTo("fr");
    }
}
