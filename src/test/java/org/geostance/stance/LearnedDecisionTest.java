package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.geostance.testing.SharedSpark;
import org.geostance.text.AnalyzedText;
import org.junit.jupiter.api.Test;

/** The shipped decision layers over the hand decision, on paragraphs written for these tests. */
class LearnedDecisionTest {
    private static final String BLAME_NEAR_AND_FAR = "Rights groups said Israel must answer for the deaths of the two"
            + " reporters. Turkey chaired the meeting on Tuesday, and several delegates said afterwards that the organisers"
            + " must answer for the chaos.";

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
    void blameWordsNearTheTargetTurnAnEnglishNeutralAgainst() {
        LearnedDecision.Decision decision = decision("en", BLAME_NEAR_AND_FAR, "ISR");

        assertThat(decision.hand().stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(decision.hand().evidence()).isEmpty();
        assertThat(decision.stance().stance()).isEqualTo(Stance.AGAINST);
        assertThat(decision.stance().evidenceClass().basis()).isEqualTo(LearnedDecision.BASIS);
        assertThat(decision.strongest()).extracting(Map.Entry::getKey).contains("stem:answer", "stem:must");
    }

    @Test
    void blameWordsBeyondTheEnglishWindowLeaveTheTargetNeutral() {
        // The English layer reads stems at most 5 tokens from a mention: "must answer" is 9 tokens from Turkey.
        LearnedDecision.Decision decision = decision("en", BLAME_NEAR_AND_FAR, "TUR");

        assertThat(decision.hand().stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(decision.probabilities()).isNotNull();
        assertThat(decision.stance().stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(decision.strongest()).extracting(Map.Entry::getKey).doesNotContain("stem:answer", "stem:must");
    }
}
