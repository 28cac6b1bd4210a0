package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geostance.stance.Fixtures.rules;

import org.junit.jupiter.api.Test;

/** English rules and words of lexicon 1.10 / function words 1.11 (session 9), on sentences written for these tests. */
class EnglishWireRulesTest {
    private static TargetStance of(String paragraph, String target) {
        return Fixtures.stanceOf("en", "2024-05", paragraph, target);
    }

    @Test
    void aVerbWhoseObjectIsItselfJudgesNoOne() {
        // The ministry defends itself: the act after "against" keeps its own agent instead of being "defended".
        TargetStance isr = of("The ministry said it would defend itself against acts of aggression by Israel.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(isr)).contains("agent-of-act").doesNotContain("object-of-verb");
    }

    @Test
    void itAfterAVerbOfSpeechIsTheStateNamedBefore() {
        TargetStance isr = of("The mayor said Israel was dragging the region into war and accused it of starving the city.",
                "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(isr)).contains("pronoun-object");
        // "it" opening a reported clause is its subject, not the object: Turkey judges no one here.
        assertThat(of("Turkey warned it would respond.", "TUR").stance()).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void criticismASubjectDrawsJudgesThatSubject() {
        TargetStance tur = of("Turkey drew criticism from Greece over the drilling plan on Monday.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).contains("subject-of-predicate");
        assertThat(of("The Turkish mediation drew praise from both delegations.", "TUR").stance()).isEqualTo(Stance.FAVOR);
    }

    @Test
    void aFlagrantBreachAndAnActOfWarAreJudgements() {
        assertThat(of("The minister called the Israeli raid a flagrant act of war.", "ISR").stance())
                .isEqualTo(Stance.AGAINST);
    }

    @Test
    void standingFirmlyWithATargetFavoursIt() {
        TargetStance tur = of("Canada said the United States stood firmly with Turkey.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(tur)).contains("beneficiary");
    }

    @Test
    void beingShockedIsAFeelingNotAJudgement() {
        assertThat(of("The minister said Israel was shocked by the news from the border.", "ISR").stance())
                .isEqualTo(Stance.NEUTRAL);
        assertThat(of("The envoy said the Israeli response was shocking.", "ISR").stance()).isEqualTo(Stance.AGAINST);
    }

    @Test
    void aSloganCountsOnlyWhereItOpensItsClause() {
        assertThat(of("The drone was shot down with a missile fired by Turkey.", "TUR").evidence()).isEmpty();
        TargetStance usa = of("Protesters in the square chanted: down with America!", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(usa.evidence()).extracting(Evidence::cue).containsExactly("down with");
    }

    @Test
    void aParticipleAfterAQuotationIsNoAttribution() {
        // "…", accusing X of …: the participle goes on with the sentence's speaker and judges its object.
        TargetStance tur = of("The senator condemned the raid as \"a reckless gamble with other people's lives\", accusing Turkey"
                + " of ignoring every warning.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).contains("object-of-verb");
        assertThat(tur.holder()).isEqualTo("The senator");
        TargetStance fr = Fixtures.stanceOf("fr", "2024-05", "Le député a qualifié le raid de « pari insensé avec la vie"
                + " des autres », accusant la Turquie d'ignorer tous les avertissements.", "TUR");
        assertThat(fr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(fr)).contains("object-of-verb");
        // A verb of speech after the quotation, then its speaker, is still the attribution.
        TargetStance attributed = of("\"Turkey has ignored every warning and must answer for it,\" said the senator.", "TUR");
        assertThat(attributed.holder()).isEqualTo("the senator");
    }
}
