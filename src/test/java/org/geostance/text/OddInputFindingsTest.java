package org.geostance.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.geostance.testing.SharedSpark;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Failures of the text stage found while hardening the job against bad input (issue 6). The job survives them
 * (the article is rejected with reason scoring-failed); the tests are
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
}
