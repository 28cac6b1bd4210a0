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

    @Test
    void notOnlyButAddsRatherThanContrasts() {
        TargetStance isr = of("The Israeli cabinet's plan looked not only reckless but cynical.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(isr)).doesNotContain("before-contrast", "after-contrast");
        assertThat(rules(of("Turkey's answer was not just harsh but cruel.", "TUR"))).doesNotContain("before-contrast");
        // "no doubt … but" concedes: the "but" still decides.
        assertThat(rules(of("No doubt Turkey's gamble was reckless, but it worked.", "TUR"))).contains("before-contrast");
    }

    @Test
    void anActOwnedByAnotherNameIsNotTheNearestTargets() {
        assertThat(of("Turkish troops held their positions under Moscow's bombardment.", "TUR").stance())
                .isEqualTo(Stance.NEUTRAL);
        // a target's own genitive still owns its act
        assertThat(of("Residents fled as Israel's bombardment went on all night.", "ISR").stance()).isEqualTo(Stance.AGAINST);
    }

    @Test
    void opinionWordsOfLexicon1141() {
        assertThat(of("Washington's response to the crackdown has been timid.", "USA").stance()).isEqualTo(Stance.AGAINST);
        assertThat(of("Ankara's reply to the leaked report was to shoot the messenger.", "TUR").stance())
                .isEqualTo(Stance.AGAINST);
        assertThat(of("A rebel commander said Israel was a partner in crime with the regime.", "ISR").stance())
                .isEqualTo(Stance.AGAINST);
        assertThat(of("The claim by Ankara that the journalists were spies is ridiculous.", "TUR").stance())
                .isEqualTo(Stance.AGAINST);
        assertThat(of("Turkish diplomats played a central role in the prisoner swap.", "TUR").stance())
                .isEqualTo(Stance.FAVOR);
        // "ridiculed" stays a verb of speech: it judges its object
        TargetStance tur = of("Opposition deputies ridiculed Turkey's finance minister.", "TUR");
        assertThat(tur.evidence()).allMatch(e -> !e.lemma().equals("=ridiculous"));
    }
}
