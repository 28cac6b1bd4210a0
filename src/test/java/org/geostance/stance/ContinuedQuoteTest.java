package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geostance.testing.SharedSpark;
import org.geostance.text.AnalyzedText;
import org.junit.jupiter.api.Test;

class ContinuedQuoteTest {
    private static final String DATE = "2020-07";

    private static TargetStance score(String language, String paragraph, String target) {
        AnalyzedText text = SharedSpark.analyzer().analyze(paragraph);
        return Fixtures.engine().handDecision().score(text, language, Fixtures.mentions(text, language, DATE)).stream()
                .filter(t -> t.target().equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError(target + " not mentioned in: " + paragraph));
    }

    @Test
    void probe() {
        String[][] cases = {
            {"en", "\"We will respond to any attack,\" Erdogan said. \"Washington has betrayed its ally and must pay for it", "USA"},
            {"en", "\"Washington has betrayed its ally and must pay for it. We will not forget", "USA"},
            {"en", "\"Washington has betrayed its ally and must pay for it. We will not forget this.\"", "USA"},
            {"en", "Erdogan said on Tuesday: \"Washington has betrayed its ally and must pay for it.", "USA"},
            {"en", "\"We will respond,\" Erdogan said. Washington condemned Israel for the raid.", "ISR"},
            {"en", "\"We will respond,\" Erdogan said. Washington condemned Israel for the raid. \"This is only the start", "ISR"},
            {"fr", "« Washington a trahi son allié et devra en payer le prix. Nous n'oublierons pas", "USA"},
            {"fr", "« Nous répondrons », a déclaré M. Erdogan. « Washington a trahi son allié et devra en payer le prix", "USA"},
        };
        for (String[] c : cases) {
            TargetStance t = score(c[0], c[1], c[2]);
            System.out.println("PROBE " + c[1] + " => " + t.stance() + " holder=" + t.holder() + " " + Fixtures.rules(t));
        }
    }
}
