package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geostance.stance.Fixtures.rules;

import org.junit.jupiter.api.Test;

/** Acts of help (cue flag help) credit the one who gives them, on sentences written for these tests. */
class HelpActsTest {

    private static TargetStance en(String paragraph, String target) {
        return Fixtures.stanceOf("en", "2023-02", paragraph, target);
    }

    private static TargetStance fr(String paragraph, String target) {
        return Fixtures.stanceOf("fr", "2023-02", paragraph, target);
    }

    @Test
    void helpReportedByItsGiverIsTheGiversAct() {
        TargetStance tur = en("Ankara said it would fly tents and relief supplies to the flooded provinces.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(tur)).containsExactly("helper");
        TargetStance turc = fr("Le ministère turc a annoncé qu'il enverrait des médicaments au Liban.", "TUR");
        assertThat(turc.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(turc)).containsExactly("helper");
    }

    @Test
    void aSecondVerbAfterEtHasTheSentencesSubjectAsHelper() {
        TargetStance tur = fr("La Turquie a présenté ses condoléances au Liban, et a annoncé l'envoi de médicaments.",
                "TUR");
        assertThat(tur.evidence()).filteredOn(e -> e.lemma().equals("médicaments"))
                .singleElement().satisfies(e -> assertThat(e.rules()).containsExactly("helper"));
    }

    @Test
    void theReceiverOfHelpIsNotCredited() {
        assertThat(fr("Les États-Unis ont promis une aide humanitaire à la Turquie.", "USA").stance())
                .isEqualTo(Stance.FAVOR);
        TargetStance turquie = fr("Les États-Unis ont promis une aide humanitaire à la Turquie.", "TUR");
        assertThat(turquie.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(turquie.evidence()).isEmpty();
        TargetStance turkey = en("Washington sent humanitarian aid to Turkey.", "TUR");
        assertThat(turkey.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(turkey.evidence()).isEmpty();
    }

    @Test
    void helpHeldBackIsNoOnesHelp() {
        assertThat(en("Israel blocked the aid convoy at the crossing.", "ISR").evidence()).isEmpty();
        assertThat(fr("Israël a bloqué l'aide humanitaire destinée à Gaza.", "ISR").evidence()).isEmpty();
    }

    @Test
    void aSubjectThatThanksForHelpIsNotTheHelper() {
        TargetStance tur = en("Turkey thanked Israel for the rescue teams it sent.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(rules(tur)).doesNotContain("helper");
        TargetStance liban = fr("Israël a remercié la Turquie pour les secouristes qu'elle a dépêchés.", "ISR");
        assertThat(rules(liban)).doesNotContain("helper");
    }

    @Test
    void militaryAidIsNoActOfHelp() {
        assertThat(rules(en("Israel will receive military aid from Washington under the new package.", "ISR")))
                .doesNotContain("helper");
        assertThat(rules(fr("Israël a signé avec Washington un accord d'aide militaire.", "ISR")))
                .doesNotContain("helper");
    }
}
