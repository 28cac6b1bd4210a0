package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geostance.stance.Fixtures.rules;

import org.junit.jupiter.api.Test;

/** English rules of session 11 (lexicon 1.14.3), on sentences written for these tests. */
class EnglishActsAndPlacesTest {
    private static TargetStance of(String paragraph, String target) {
        return Fixtures.stanceOf("en", "2024-05", paragraph, target);
    }

    @Test
    void theOccupiedTerritoriesAreAPlaceNameNotAnAccusation() {
        assertThat(of("The Israeli minister toured the occupied Golan Heights on Sunday.", "ISR").stance())
                .isEqualTo(Stance.NEUTRAL);
        assertThat(of("An Israeli delegation visited settlements in the Israeli-occupied West Bank.", "ISR").stance())
                .isEqualTo(Stance.NEUTRAL);
        // the actor noun still describes
        assertThat(of("The Turkish president called Israel an occupier.", "ISR").stance()).isEqualTo(Stance.AGAINST);
    }

    @Test
    void anActOwnedByAnotherNameReachesNoTargetByProximity() {
        assertThat(of("Turkey said Iran's attacks on shipping had continued overnight.", "TUR").stance())
                .isEqualTo(Stance.NEUTRAL);
        assertThat(rules(of("The Turkish minister toured the area hit by Moscow's bombardment.", "TUR")))
                .doesNotContain("nearest-target");
        // a target's own act keeps its owner
        assertThat(rules(of("Residents described Turkey's bombardment of the villages.", "TUR")))
                .contains("adjective-of-target");
    }

    @Test
    void mediationAndHostingTalksFavourTheGiver() {
        TargetStance tur = of("Turkey called for calm and offered to mediate between the two governments.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(tur)).contains("helper");
        assertThat(of("The Turkish foreign minister said Ankara was ready to host talks next month.", "TUR").stance())
                .isEqualTo(Stance.FAVOR);
        // the parties to the talks are not judged
        assertThat(of("Egypt will host talks between Israel and Hamas next week.", "ISR").stance())
                .isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void aHostileActUsedAsActiveVerbIsItsSubjects() {
        TargetStance tur = of("A senior official said Turkey was meddling in the affairs of its neighbours.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).contains("agent-of-act");
        assertThat(of("The ministry said the United States had interfered in the election.", "USA").stance())
                .isEqualTo(Stance.AGAINST);
        // in the passive the subject is what was hit
        assertThat(of("Turkey was attacked by militants on Monday.", "TUR").stance()).isEqualTo(Stance.NEUTRAL);
    }
}
