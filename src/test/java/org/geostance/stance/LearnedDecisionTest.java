package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.geostance.testing.SharedSpark;
import org.geostance.text.AnalyzedText;
import org.junit.jupiter.api.Test;

/** The shipped English decision layer over the hand decision, on paragraphs written for these tests. */
class LearnedDecisionTest {
    private static final String HELP_BLAME_PRAISE = "Cargo planes sent by Turkey landed with water, tents and"
            + " firefighters for the flood victims. Israel must answer for the status quo it has entrenched, critics"
            + " said. The United States remained a tireless and unwavering partner.";

    private static LearnedDecision.Decision decision(String language, String paragraph, String target) {
        AnalyzedText text = SharedSpark.analyzer().analyze(paragraph);
        return Fixtures.engine().decisions(text, language, Fixtures.mentions(text, language, null), 5).stream()
                .filter(d -> d.stance().target().equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError(target + " not mentioned in: " + paragraph));
    }

    @Test
    void anActOfHelpThatNoRuleAttachesTurnsAnEnglishNeutralFavor() {
        LearnedDecision.Decision decision = decision("en", HELP_BLAME_PRAISE, "TUR");

        assertThat(decision.hand().stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(decision.hand().evidence()).isEmpty();
        TargetStance stance = decision.stance();
        assertThat(stance.stance()).isEqualTo(Stance.FAVOR);
        double[] p = decision.probabilities();
        assertThat(stance.score()).isPositive().isEqualTo(Math.round((p[0] - p[1]) * 1000) / 1000.0);
        assertThat(decision.probability()).isEqualTo(p[0]).isGreaterThan(p[1]).isGreaterThan(p[2]);
        assertThat(stance.evidenceClass().basis()).isEqualTo(LearnedDecision.BASIS);
        // Stems come from within 5 tokens of the target's mention: "cargo" and "planes" are, "victims" is not.
        assertThat(decision.strongest()).extracting(Map.Entry::getKey).contains("stem:cargo", "stem:plane")
                .doesNotContain("stem:victim");
        // The job's scores are the layer's; the hand decision stays one call away.
        assertThat(Fixtures.stanceOf("en", null, HELP_BLAME_PRAISE, "TUR")).isEqualTo(stance);
        AnalyzedText text = SharedSpark.analyzer().analyze(HELP_BLAME_PRAISE);
        assertThat(Fixtures.engine().handDecision().score(text, "en", Fixtures.mentions(text, "en", null)))
                .contains(decision.hand());
    }

    @Test
    void aLabelTheLayerKeepsKeepsItsEvidenceClassAndConfidence() {
        LearnedDecision.Decision decision = decision("en", HELP_BLAME_PRAISE, "USA");

        assertThat(decision.hand().stance()).isEqualTo(Stance.FAVOR);
        assertThat(decision.stance().stance()).isEqualTo(Stance.FAVOR);
        assertThat(decision.stance().evidenceClass()).isEqualTo(decision.hand().evidenceClass());
        assertThat(decision.stance().confidence()).isEqualTo(decision.hand().confidence());
        assertThat(decision.stance().evidence()).isEqualTo(decision.hand().evidence());
        assertThat(decision.stance().score()).isPositive().isNotEqualTo(decision.hand().score());
    }

    @Test
    void frenchKeepsTheHandDecision() {
        LearnedDecision.Decision decision = decision("fr",
                "Israël garde le silence sur la famine qui menace la population, selon plusieurs ONG.", "ISR");

        assertThat(decision.probabilities()).isNull();
        assertThat(decision.stance()).isSameAs(decision.hand());
        assertThat(decision.strongest()).isEqualTo(List.of());
    }
}
