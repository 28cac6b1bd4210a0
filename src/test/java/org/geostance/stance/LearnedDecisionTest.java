package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.geostance.testing.SharedSpark;
import org.geostance.text.AnalyzedText;
import org.junit.jupiter.api.Test;

/** The shipped French decision layer over the hand decision, on paragraphs written for these tests. */
class LearnedDecisionTest {
    private static LearnedDecision.Decision decision(String language, String paragraph, String target) {
        AnalyzedText text = SharedSpark.analyzer().analyze(paragraph);
        return Fixtures.engine().decisions(text, language, Fixtures.mentions(text, language, null), 5).stream()
                .filter(d -> d.stance().target().equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError(target + " not mentioned in: " + paragraph));
    }

    @Test
    void blameWordsThatNoRuleAttachesTurnAFrenchNeutralAgainst() {
        String paragraph = "Israël garde le silence sur la famine qui menace la population, selon plusieurs ONG.";
        LearnedDecision.Decision decision = decision("fr", paragraph, "ISR");

        assertThat(decision.hand().stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(decision.hand().evidence()).isEmpty();
        TargetStance stance = decision.stance();
        assertThat(stance.stance()).isEqualTo(Stance.AGAINST);
        double[] p = decision.probabilities();
        assertThat(stance.score()).isNegative().isEqualTo(Math.round((p[0] - p[1]) * 1000) / 1000.0);
        assertThat(decision.probability()).isEqualTo(p[1]).isGreaterThan(p[0]).isGreaterThan(p[2]);
        assertThat(stance.evidenceClass().basis()).isEqualTo(LearnedDecision.BASIS);
        assertThat(decision.strongest()).extracting(Map.Entry::getKey).contains("stem:silenc", "stem:famin");
        // The job's scores are the layer's; the hand decision stays one call away.
        assertThat(Fixtures.stanceOf("fr", null, paragraph, "ISR")).isEqualTo(stance);
        AnalyzedText text = SharedSpark.analyzer().analyze(paragraph);
        assertThat(Fixtures.engine().handDecision().score(text, "fr", Fixtures.mentions(text, "fr", null)))
                .containsExactly(decision.hand());
    }

    @Test
    void aLabelTheLayerKeepsKeepsItsEvidenceClassAndConfidence() {
        LearnedDecision.Decision decision = decision("fr",
                "Les sauveteurs turcs ont soigné des centaines de patients dans les hôpitaux de campagne.", "TUR");

        assertThat(decision.hand().stance()).isEqualTo(Stance.FAVOR);
        assertThat(decision.stance().stance()).isEqualTo(Stance.FAVOR);
        assertThat(decision.stance().evidenceClass()).isEqualTo(decision.hand().evidenceClass());
        assertThat(decision.stance().confidence()).isEqualTo(decision.hand().confidence());
        assertThat(decision.stance().evidence()).isEqualTo(decision.hand().evidence());
        assertThat(decision.stance().score()).isPositive().isNotEqualTo(decision.hand().score());
    }

    @Test
    void englishKeepsTheHandDecision() {
        LearnedDecision.Decision decision = decision("en",
                "Israel kept silent on the famine threatening the population, according to several NGOs.", "ISR");

        assertThat(decision.probabilities()).isNull();
        assertThat(decision.stance()).isSameAs(decision.hand());
        assertThat(decision.strongest()).isEqualTo(List.of());
    }
}
