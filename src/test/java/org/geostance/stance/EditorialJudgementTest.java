package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geostance.stance.Fixtures.rules;

import org.junit.jupiter.api.Test;

/**
 * English judgements in the outlet's own voice (lexicon 1.13): an evaluative adjective goes to the owner of the noun
 * it qualifies. Sentences written for these tests.
 */
class EditorialJudgementTest {
    private static TargetStance of(String paragraph, String target) {
        return Fixtures.stanceOf("en", "2024-05", paragraph, target);
    }

    @Test
    void aJudgementOfAnActGoesToItsOwner() {
        TargetStance usa = of("Washington's reckless gamble in the Gulf has left its partners exposed.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(usa)).contains("adjective-of-target").doesNotContain("nearest-target");
        TargetStance tur = of("Turkey's steady, constructive diplomacy kept the talks alive.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(tur)).contains("adjective-of-target");
        assertThat(of("It was an indefensible decision by Israel, whatever its motives.", "ISR").stance())
                .isEqualTo(Stance.AGAINST);
        assertThat(of("The harbour deal showed the principled US approach at its best.", "USA").stance())
                .isEqualTo(Stance.FAVOR);
    }

    @Test
    void aJudgementOfAnActDoneToATargetDoesNotJudgeIt() {
        // The qualified noun is itself a cue whose target is the victim: the judgement follows it.
        TargetStance isr = of("Militants launched a cruel attack on Israel before dawn.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(rules(isr)).contains("target-is-victim");
    }

    @Test
    void aJudgementOfABystandersActLeavesTheTargetAlone() {
        assertThat(of("Turkey chaired the meeting after Moscow's reckless gamble in the region collapsed.", "TUR").stance())
                .isEqualTo(Stance.NEUTRAL);
        assertThat(of("Turkey chaired the meeting after the reckless Russian gamble in the region collapsed.", "TUR")
                .stance()).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void aNegatedJudgementIsNoCondemnation() {
        assertThat(of("Ankara's response was not indefensible, the envoy argued.", "TUR").stance())
                .isNotEqualTo(Stance.AGAINST);
    }
}
