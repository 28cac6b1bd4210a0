package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geostance.stance.Fixtures.rules;

import org.junit.jupiter.api.Test;

/**
 * English lexicon 1.16 (session 12): credit, urging, angry reactions, calls to resign, baseless accusations, a welcome
 * move, a demand for an apology, shame, a demonym owned by a possessive, and forms the stemmer ran
 * together. Sentences written for these tests; the assertions read the rules' evidence (the hand decision), which the
 * learned layer only re-weighs.
 */
class EnglishJudgementCuesTest {
    private static TargetStance of(String paragraph, String target) {
        return Fixtures.stanceOf("en", "2016-05", paragraph, target);
    }

    private static double sum(TargetStance stance) {
        return stance.evidence().stream().mapToDouble(Evidence::weight).sum();
    }

    private static boolean has(TargetStance stance, String lemma) {
        return stance.evidence().stream().anyMatch(e -> e.lemma().equals(lemma) && e.weight() != 0);
    }

    @Test
    void creditGivenToAStateIsPraise() {
        assertThat(sum(of("The editorial said Turkey deserves credit for keeping the border open.", "TUR")))
                .isGreaterThanOrEqualTo(0.5);
        assertThat(sum(of("Credit is due to the Israeli negotiators who stayed at the table.", "ISR")))
                .isGreaterThanOrEqualTo(0.5);
        // a loan or a rating is no praise
        assertThat(of("The Turkish lira fell after the agency cut the country's credit rating.", "TUR").evidence())
                .isEmpty();
    }

    @Test
    void urgingAStateReproachesIt() {
        TargetStance isr = of("The envoy urged Israel to halt the demolitions in the valley.", "ISR");
        assertThat(has(isr, "urge")).isTrue();
        assertThat(rules(isr)).contains("object-of-verb");
        // the one who urges is not reproached
        assertThat(has(of("Turkey urged both sides to return to the talks.", "TUR"), "urge")).isFalse();
    }

    @Test
    void anAngryReactionToAStatesDecisionJudgesThatState() {
        TargetStance usa = of("Pakistan reacted angrily to the U.S. decision to close the crossing.", "USA");
        assertThat(sum(usa)).isLessThanOrEqualTo(-0.3);
        assertThat(has(of("Turkey reacted angrily to the report.", "TUR"), "reacted angrily to")).isFalse();
    }

    @Test
    void aCallToResignJudgesItsSubject() {
        assertThat(sum(of("The newspaper said Netanyahu must resign before the vote.", "ISR")))
                .isLessThanOrEqualTo(-0.3);
        assertThat(of("Erdogan said he would not resign.", "TUR").evidence()).isEmpty();
    }

    @Test
    void accusationsCalledBaselessJudgeTheAccuser() {
        assertThat(sum(of("Tehran rejected the baseless accusations made by Washington.", "USA")))
                .isLessThanOrEqualTo(-0.3);
        // by the nearest target alone it stays under the threshold: whose claims they are is not said
        assertThat(sum(of("Israel's envoy said nobody should harm ties with baseless claims.", "ISR")))
                .isGreaterThan(-0.3);
    }

    @Test
    void aMoveCalledWelcomeFavoursItsAuthor() {
        assertThat(sum(of("The Turkish decision to reopen the crossing is a welcome step.", "TUR")))
                .isGreaterThanOrEqualTo(0.3);
    }

    @Test
    void aDemonymAfterAPossessiveIsTheRelatedState() {
        TargetStance usa = of("The minister said Ankara would consult its American allies before the vote.", "USA");
        assertThat(has(usa, "ally")).isTrue();
        assertThat(rules(usa)).contains("adjective-of-target");
        assertThat(has(of("Officials thanked our Turkish partners for the help.", "TUR"), "partner")).isTrue();
        // without the possessive, "U.S. allies" are allies of the United States
        assertThat(has(of("The summit brought U.S. allies from the region to the table.", "USA"), "ally")).isFalse();
    }

    @Test
    void formsTheStemmerRunsTogetherAreNoCues() {
        assertThat(of("Hospitals in Israel treated the wounded.", "ISR").evidence()).isEmpty();
        assertThat(of("Turkey gave no reason for the closure.", "TUR").evidence()).isEmpty();
        assertThat(of("The inquiry looked into his dealings with the Israeli government.", "ISR").evidence()).isEmpty();
        // the words themselves still count
        assertThat(sum(of("The senator was sharply critical of Israel.", "ISR"))).isLessThanOrEqualTo(-0.3);
        assertThat(sum(of("The delegation thanked Turkey for its hospitality.", "TUR"))).isGreaterThanOrEqualTo(0.3);
    }

    @Test
    void aDemandForAnApologyAndShameJudgeTheirTarget() {
        assertThat(sum(of("Greece demanded an apology from Ankara after the incident.", "TUR")))
                .isLessThanOrEqualTo(-0.3);
        assertThat(sum(of("The paper said Israel's leaders should be ashamed of the verdict.", "ISR")))
                .isLessThanOrEqualTo(-0.3);
        // one's own shame is no reproach of a state named elsewhere
        assertThat(of("The pilot said he was not ashamed of flying to Turkey.", "TUR").evidence()).isEmpty();
    }
}
