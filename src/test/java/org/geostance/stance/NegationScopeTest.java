package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a negator negates: a refused verb of tolerance leaves its hostile object an accusation; a negated copula,
 * light verb or cue verb still negates. Sentences written for these tests; assertions on the evidence, the hand
 * rules' own output.
 */
class NegationScopeTest {
    private static final String DATE = "2024-03";

    private static Evidence cue(String language, String paragraph, String target, String lemma) {
        return Fixtures.stanceOf(language, DATE, paragraph, target).evidence().stream()
                .filter(e -> e.lemma().contains(lemma)).findFirst()
                .orElseThrow(() -> new AssertionError(lemma + " gives no evidence on " + target + " in: " + paragraph));
    }

    private static void accusation(String language, String paragraph, String target, String lemma) {
        Evidence e = cue(language, paragraph, target, lemma);
        assertThat(e.rules()).as(paragraph).doesNotContain("negated");
        assertThat(e.weight()).as(paragraph).isNegative();
    }

    private static void negated(String language, String paragraph, String target, String lemma) {
        assertThat(cue(language, paragraph, target, lemma).rules()).as(paragraph).contains("negated");
    }

    @Test
    void aRefusedVerbOfToleranceKeepsTheHostileActItsObject() {
        accusation("en", "\"We will not accept Turkey's aggression against our people,\" the minister said.", "TUR",
                "aggression");
        accusation("en", "The cabinet said it would never tolerate the Israeli occupation of the valley.", "ISR",
                "occupation");
        accusation("en", "Officials in Cairo said they cannot condone Israel's aggression.", "ISR", "aggression");
        accusation("fr", "« Nous n'accepterons pas l'agression turque contre notre peuple », a dit le ministre.", "TUR",
                "agression");
        accusation("fr", "Le gouvernement ne tolérera jamais l'occupation israélienne de la vallée.", "ISR",
                "occupation");
        accusation("fr", "Le Caire ne saurait accepter l'agression israélienne.", "ISR", "agression");
        accusation("en", "Tehran said it would not bow to American pressure over its nuclear programme.", "USA",
                "pressure");
        accusation("fr", "Téhéran a assuré qu'il ne céderait jamais aux pressions américaines.", "USA", "pression");
    }

    @Test
    void aNegatedCopulaLightVerbOrCueVerbStillNegates() {
        negated("en", "The minister said Turkey's army is not a threat to its neighbours.", "TUR", "threat");
        negated("en", "The minister said Israel does not pose a threat to the region.", "ISR", "threat");
        negated("en", "The government did not condemn Turkey.", "TUR", "condemn");
        negated("fr", "Selon le ministre, la Turquie n'est pas une puissance occupante.", "TUR", "puissance occupante");
        negated("fr", "Le gouvernement n'a pas condamné la Turquie.", "TUR", "condamner");
        negated("fr", "Pour Ankara, l'opération turque ne constitue pas une agression.", "TUR", "agression");
    }

    @Test
    void aRefusedGoodOfferStaysRefused() {
        // Only hostile acts keep their sign: refusing mediation or help is no welcome of it.
        negated("en", "Ankara said it will not accept American mediation.", "USA", "mediation");
        negated("fr", "Ankara a fait savoir qu'elle n'acceptera pas la médiation américaine.", "USA", "médiation");
    }
}
