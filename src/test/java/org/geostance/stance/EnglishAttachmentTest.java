package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geostance.stance.Fixtures.rules;

import org.junit.jupiter.api.Test;

/** English attachment rules of lexicon 1.13 (session 10), on sentences written for these tests. */
class EnglishAttachmentTest {
    private static TargetStance of(String paragraph, String target) {
        return Fixtures.stanceOf("en", "2024-05", paragraph, target);
    }

    @Test
    void theAgentOfAPassiveVerbOfSpeechIsNotItsObject() {
        assertThat(of("The visiting bishop was welcomed in Ankara by the Turkish president.", "TUR").stance())
                .isEqualTo(Stance.NEUTRAL);
        // the agent of an active verb of speech still judges its object
        TargetStance isr = of("The Turkish president praised Israel on Monday.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(isr)).contains("object-of-verb");
    }

    @Test
    void theSubjectOfAFeelingFeelsItAndTheAgentIsJudged() {
        assertThat(of("The minister said Israel was alarmed by the new figures.", "ISR").stance())
                .isEqualTo(Stance.NEUTRAL);
        assertThat(of("The minister said Europe should be alarmed by Turkey's conduct.", "TUR").stance())
                .isEqualTo(Stance.AGAINST);
        // what the feeling is about judges its author only when the target is named there
        assertThat(of("The company said it was dismayed by the decision of the U.S. Commerce Department.", "USA")
                .stance()).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void aVerbsOwnSubjectIsNotItsPronounObject() {
        assertThat(of("The envoy met President Erdogan, who thanked him for the visit.", "TUR").stance())
                .isEqualTo(Stance.NEUTRAL);
        assertThat(of("The envoy called President Erdogan, and Erdogan thanked him.", "TUR").stance())
                .isEqualTo(Stance.NEUTRAL);
        TargetStance tur = of("President Erdogan met the envoy, who thanked him for the talks.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(tur)).contains("pronoun-object");
    }

    @Test
    void supportSolidarityAndCondolencesFavourOnlyTheirReceiver() {
        TargetStance usa = of("The report described Washington's support for the Kurdish fighters.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(of("The report described Washington's support for Israel.", "ISR").stance())
                .isEqualTo(Stance.FAVOR);
        // a target named after the words is their receiver, even as a possessor or complement
        assertThat(of("The senator said his support for Israel's security was unwavering.", "ISR").stance())
                .isEqualTo(Stance.FAVOR);
        assertThat(of("The envoy said Canada stands in solidarity with the people of Turkey.", "TUR").stance())
                .isEqualTo(Stance.FAVOR);
        // condolences do not judge whoever offers them
        assertThat(of("Turkey's foreign ministry offered its condolences to the families.", "TUR").stance())
                .isEqualTo(Stance.NEUTRAL);
    }
}
