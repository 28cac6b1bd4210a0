package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geostance.testing.SharedSpark;
import org.geostance.text.AnalyzedText;
import org.junit.jupiter.api.Test;

/** English attachment rules and cue classes of lexicon 1.2, on sentences written for these tests. */
class EnglishStanceRulesTest {
    private static final String DATE = "2024-05";

    private TargetStance of(String paragraph, String target) {
        return Fixtures.stanceOf("en", DATE, paragraph, target);
    }

    private static List<String> rules(TargetStance stance) {
        return stance.evidence().stream().flatMap(e -> e.rules().stream()).toList();
    }

    @Test
    void theSponsorInAHyphenatedCompoundIsTheAgent() {
        TargetStance tur = of("Villagers fled as Turkish-backed militias shelled the valley.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).contains("compound-agent");
        // A compound without a cue after it says nothing: "Hamas-led" is no target, "Israeli border" no cue.
        assertThat(of("Hamas-led fighters crossed near the Israeli border at dawn.", "ISR").stance())
                .isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void aGroupBackedByATargetNamesItsSponsor() {
        TargetStance usa = of("The governor said the raids were carried out by militias backed by Washington.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(usa)).contains("agent-of-act");
    }

    @Test
    void relationNounsAfterTheirOwnerDescribeNoNearbyTarget() {
        // "U.S. allies" and "Washington's partners" say whose allies they are, not what the US is.
        assertThat(of("The summit gathered several U.S. allies from Asia.", "USA").stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(of("Washington's partners in the Gulf met in Doha on Sunday.", "USA").stance())
                .isEqualTo(Stance.NEUTRAL);
        // "a NATO ally" near Ankara belongs to NATO: no praise of Turkey.
        assertThat(of("Ankara bought the missiles although it is a NATO ally.", "TUR").evidence()).isEmpty();
        // Described with a copula, the relation is the target's own.
        TargetStance tur = of("Turkey is a valuable partner, the minister said.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(tur)).contains("described-as");
    }

    @Test
    void aVerbWhoseObjectIsATargetsPartnersIsNotAboutTheTarget() {
        TargetStance usa = of("The militia keeps threatening American partners in the north.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(usa.evidence()).isEmpty();
        assertThat(of("The militia keeps threatening American troops in the north.", "USA").stance())
                .isEqualTo(Stance.AGAINST);
    }

    @Test
    void supportFavoursBothTheGiverAndTheReceiver() {
        String paragraph = "The United States stands with Israel, the spokesman said.";
        assertThat(of(paragraph, "USA").stance()).isEqualTo(Stance.FAVOR);
        TargetStance isr = of(paragraph, "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(isr)).contains("beneficiary");
        assertThat(of("Washington backs Turkey in its dispute with the court.", "TUR").stance()).isEqualTo(Stance.FAVOR);
    }

    @Test
    void thePartiesOfAMediationGetNoStanceFromIt() {
        String paragraph = "Qatar offered to mediate between Turkey and Israel.";
        TargetStance tur = of(paragraph, "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(rules(tur)).contains("between-parties");
        assertThat(of(paragraph, "ISR").stance()).isEqualTo(Stance.NEUTRAL);
        // The mediator itself is favoured.
        assertThat(of("Turkey offered its mediation, and diplomats praised Turkey for it.", "TUR").stance())
                .isEqualTo(Stance.FAVOR);
    }

    @Test
    void aNegatedDoEnoughIsCriticismOfItsSubject() {
        TargetStance isr = of("Relief agencies said Israel had not done enough to protect civilians.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(isr.evidence()).extracting(Evidence::describe)
                .containsExactly("négation: not done enough (+do enough) → -0.50 [subject-of-predicate]");
    }

    @Test
    void beingRightToActIsApproval() {
        TargetStance tur = of("Many diplomats think Turkey was right to close the straits.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(tur)).contains("subject-of-predicate");
    }

    @Test
    void aReportedClauseWithoutThatStartsItsOwnClause() {
        // "aid" belongs to the speakers ("aid agencies"), not to the target of the reported clause.
        TargetStance usa = of("Aid agencies said Washington would review the program next month.", "USA");
        assertThat(usa.evidence()).isEmpty();
    }

    @Test
    void hostileActsNamedInNewsVocabulary() {
        assertThat(of("Rights groups documented the Israeli crackdown on protesters.", "ISR").stance())
                .isEqualTo(Stance.AGAINST);
        assertThat(of("Kurdish leaders described a Turkish onslaught on their villages.", "TUR").stance())
                .isEqualTo(Stance.AGAINST);
        TargetStance usa = of("The cleric called America a rogue state.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(usa)).contains("described-as");
    }

    @Test
    void anActNamedAfterACopulaIsTheSubjectsAct() {
        TargetStance tur = of("Greek officials said the Turkish move was a clear provocation.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).contains("subject-of-predicate");
    }

    @Test
    void anActQualifiedByAnotherNameIsNotGivenToANearbyTarget() {
        // "Hezbollah attacks": the modifier names the agent; Israel, close by, is no agent of them.
        TargetStance isr = of("Israel reported new Hezbollah attacks near the border town.", "ISR");
        assertThat(isr.evidence()).isEmpty();
        assertThat(of("Israel reported new attacks near the border town.", "ISR").evidence()).isNotEmpty();
    }

    @Test
    void aRelativeClauseIsAboutItsAntecedent() {
        TargetStance usa = of("Washington, which illegally pulled out of the accord, has granted waivers to eight countries.",
                "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(usa)).contains("relative-antecedent");
    }

    @Test
    void aCommaClosingARelativeClauseDoesNotMakeTheNextTargetASpeaker() {
        // "The Front, which …, said the U.S. decision …": the Front speaks; the U.S. is what it speaks about.
        TargetStance usa = of("The movement, which seeks a referendum, said the U.S. decision was a violation of the law.",
                "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(usa.holder()).isNotEqualTo("U.S.");
    }

    @Test
    void theHouseOfRepresentativesAndTheSenateAreUsInstitutionsButOtherSenatesAreNot() {
        AnalyzedText house = SharedSpark.analyzer().analyze("The House of Representatives voted on the aid bill on Friday.");
        assertThat(Fixtures.mentions(house, "en", DATE)).extracting(m -> m.target()).containsExactly("USA");
        AnalyzedText senate = SharedSpark.analyzer().analyze("The Senate rejected the budget after a long debate.");
        assertThat(Fixtures.mentions(senate, "en", DATE)).extracting(m -> m.target()).containsExactly("USA");
        AnalyzedText italian = SharedSpark.analyzer().analyze("The Italian Senate rejected the budget after a long debate.");
        assertThat(Fixtures.mentions(italian, "en", DATE)).isEmpty();
        AnalyzedText state = SharedSpark.analyzer().analyze("The Texas state Senate rejected the budget.");
        assertThat(Fixtures.mentions(state, "en", DATE)).isEmpty();
        AnalyzedText both = SharedSpark.analyzer().analyze("The Senate backed the Pentagon request on Friday.");
        assertThat(Fixtures.mentions(both, "en", DATE)).extracting(m -> m.target()).containsExactly("USA", "USA");
    }

    @Test
    void theCommaAfterARelativeClauseClosesIt() {
        // The relative clause is about Jordan's partners; the verb after the closing comma is Jordan's own.
        String paragraph = "Jordan, which hosted the talks with the United States, condemned the raids and called on Israel to stop.";
        TargetStance isr = of(paragraph, "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(of(paragraph, "USA").stance()).isNotEqualTo(Stance.AGAINST);
    }

    @Test
    void aMarkerAfterAConjunctionBelongsToTheNextVerb() {
        // "on" belongs to "called on", so Israel is not the victim of the strikes.
        TargetStance isr = of("The League denounced the strikes and called on Israel to halt them.", "ISR");
        assertThat(rules(isr)).doesNotContain("target-is-victim");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
    }

    @Test
    void concernIsMildCriticismAndLiftingSanctionsIsNoSanction() {
        TargetStance tur = of("European diplomats voiced concern over Turkey's drilling near Cyprus.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).contains("object-of-verb");
        assertThat(of("Officials said Washington would lift all sanctions on the country.", "USA").stance())
                .isNotEqualTo(Stance.AGAINST);
    }

    @Test
    void diplomaticProtestIsAgainstItsObjectNotItsAgent() {
        String paragraph = "Bolivia cut ties with Israel and expelled the Turkish envoy.";
        TargetStance isr = of(paragraph, "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(isr)).contains("object-of-verb");
        assertThat(of(paragraph, "TUR").stance()).isEqualTo(Stance.AGAINST);
        assertThat(of("Turkey recalled its ambassador from Israel for consultations.", "TUR").stance())
                .isNotEqualTo(Stance.AGAINST);
    }

    @Test
    void restoringTiesIsCooperation() {
        TargetStance tur = of("Diplomats noted Ankara's eagerness about restoring ties after a decade of rupture.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(tur)).contains("adjective-of-target");
    }

    @Test
    void aDictatorIsNotSomeoneWhoDictates() {
        // "dictate" and "dictator" share a Snowball stem: the actor noun is listed by its exact forms.
        assertThat(of("Voters refused to let Washington dictate their choices.", "USA").evidence()).isEmpty();
        TargetStance tur = of("Opposition leaders described Erdogan as an authoritarian ruler.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).contains("described-as");
    }

    @Test
    void himAfterAVerbOfSpeechIsTheLeaderNamedBefore() {
        TargetStance tur = of("President Isaac Herzog called Recep Tayyip Erdogan to thank him for the help.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(tur)).contains("pronoun-object");
        // Before a noun "her" is a possessive: the praise is for her government, not for the leader named before.
        assertThat(of("Joe Biden met the prime minister and praised her government.", "USA").evidence()).isEmpty();
    }

    @Test
    void theVerbAfterARelativeClauseHasItsAntecedentAsSubject() {
        TargetStance tur = of("Ankara, which hosted the grain talks, was praised by the envoy.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(tur.evidence()).extracting(Evidence::describe)
                .containsExactly("praised (+praise) → +0.80 [relative-antecedent]");
    }

    @Test
    void himIsNeverTheSubjectOfItsOwnVerb() {
        // The speaker who thanks is not the one thanked: "him" is the leader named before that speaker.
        String paragraph = "Biden spoke on Monday, and Netanyahu thanked him.";
        TargetStance usa = of(paragraph, "USA");
        assertThat(usa.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(usa)).contains("pronoun-object");
        assertThat(of(paragraph, "ISR").evidence()).isEmpty();
    }

    @Test
    void aCueInAClauseWithoutTargetGoesToTheOneTargetOfItsSentence() {
        TargetStance isr = of("Israel closed the crossings last week, while relief agencies warned of collective punishment.",
                "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(isr)).containsExactly("nearest-target");
        // Two targets in the sentence: no one of them is what the clause is about.
        assertThat(of("Israel and Turkey held talks last week, while relief agencies warned of collective punishment.",
                "ISR").evidence()).isEmpty();
    }

    @Test
    void aSentenceOpeningWithAPronounContinuesThePreviousSubject() {
        TargetStance tur = of("Turkey sent tanks across the border on Monday. It has repeatedly flouted the truce.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).containsExactly("pronoun-subject");
        // "he" is the leader who opened the sentence before, not the country named after him.
        String paragraph = "Netanyahu met the Turkish envoy on Tuesday. He has blood on his hands, protesters shouted.";
        assertThat(of(paragraph, "ISR").stance()).isEqualTo(Stance.AGAINST);
        assertThat(of(paragraph, "TUR").evidence()).isEmpty();
        // "It is unacceptable to …" is impersonal.
        assertThat(of("Turkey chaired the meeting. It is unacceptable to let it fail.", "TUR").evidence()).isEmpty();
    }

    @Test
    void commonVerbsOfRejectionAndPraiseAttachToTheirObject() {
        TargetStance usa = of("The minister dismissed Washington's objections to the pipeline.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(usa)).contains("object-of-verb");
        TargetStance tur = of("Villagers celebrated the Turkish rescuers who pulled a child from the rubble.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(tur)).contains("object-of-verb");
        // A judgement of the act goes to its agent: "Israel's unprovoked raid".
        assertThat(of("Residents described Israel's unprovoked raid on the village.", "ISR").stance())
                .isEqualTo(Stance.AGAINST);
    }

    @Test
    void itsBeforeAnActPointsBackToTheTargetThatOwnsIt() {
        TargetStance tur = of("Turkey closed the border in March, and its blockade of the valley lasted a year.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).containsExactly("possessor");
        // A target after "at" is what was hit, not the owner of "its attacks".
        TargetStance isr = of("Hamas fired rockets at Israel, and its attacks continued for days.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(rules(isr)).doesNotContain("possessor");
    }

    @Test
    void aCueInAConditionWeighsHalf() {
        TargetStance isr = of("Washington will pause the deliveries if Israel launches an invasion of the city.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(rules(isr)).contains("conditional");
        // The same act reported as done is a judgement.
        assertThat(of("Washington paused the deliveries after Israel launched an invasion of the city.", "ISR")
                .stance()).isEqualTo(Stance.AGAINST);
    }

    @Test
    void aParticipleFollowedByByHasItsAgentAfterAndItsObjectBefore() {
        // Washington does the welcoming: it is not welcomed.
        assertThat(of("The decision, welcomed by Washington, surprised analysts.", "USA").evidence()).isEmpty();
        TargetStance tur = of("Turkey, praised by the envoy for its restraint, kept the border open.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(tur)).contains("object-of-verb");
    }

    @Test
    void wordsThatOnlyShareAStemWithACueAreNotThatCue() {
        // "committed" is not "commitment": committing war crimes earns no praise.
        TargetStance isr = of("Rights groups say Israel committed war crimes in the camp.", "ISR");
        assertThat(isr.evidence()).extracting(Evidence::lemma).containsExactly("war crimes");
        // An aide gives no aid; "respective" is not "respect".
        assertThat(of("An aide to Erdogan met the envoy in Ankara.", "TUR").evidence()).isEmpty();
        assertThat(of("Turkey and Israel recalled their respective envoys for talks.", "TUR").evidence()).isEmpty();
        // Nor is a "position" positive, a "construction" constructive, a "blast" a rebuke, a "destroyer" a ruin.
        assertThat(of("Turkey's position on the construction of the canal has not changed.", "TUR").evidence())
                .isEmpty();
        assertThat(of("A blast hit a bus in Ankara on Monday.", "TUR").evidence()).isEmpty();
        assertThat(of("A U.S. destroyer sailed through the strait.", "USA").evidence()).isEmpty();
        // The verbs themselves still count.
        assertThat(of("The opposition blasted Ankara for the arrests.", "TUR").stance()).isEqualTo(Stance.AGAINST);
    }

    @Test
    void aTargetAfterFromOrBetweenIsNotTheObjectOfAVerbOfSpeech() {
        // "criticism from X": X is the critic; "strain relations between X and Y": both are parties, not objects.
        // The rules' reading: the English layer weighs "sharp criticism" near the name on its own.
        TargetStance usa = Fixtures.handStanceOf("en", DATE, "The new checkpoints drew sharp criticism from Washington"
                + " on Monday.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(rules(usa)).doesNotContain("object-of-verb");
        assertThat(of("The dispute threatens to strain relations between Ankara and Washington.", "TUR").evidence())
                .isEmpty();
        // The object right after the verb is still its object.
        assertThat(of("The minister threatened Ankara with new measures.", "TUR").stance()).isEqualTo(Stance.AGAINST);
    }

    @Test
    void complicateIsNotComplicity() {
        assertThat(of("The election may complicate talks between the two sides, Turkish officials said.", "TUR")
                .evidence()).isEmpty();
        assertThat(of("Critics accused Washington of complicity in the raids.", "USA").stance())
                .isEqualTo(Stance.AGAINST);
    }

    @Test
    void aPenaltyBlamesTheTargetItFallsOn() {
        TargetStance tur = of("Washington imposed sanctions on two Turkish ministers over the offensive.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).contains("target-is-punished");
        // The one who imposes it reports a measure.
        assertThat(of("Washington imposed sanctions on two Turkish ministers over the offensive.", "USA").stance())
                .isEqualTo(Stance.NEUTRAL);
        assertThat(of("An arms embargo on Israel took effect on Monday.", "ISR").stance()).isEqualTo(Stance.AGAINST);
        // Without a target it falls on, the penalty is its agent's act, as before.
        assertThat(of("The sanctions imposed by Washington hit the economy hard.", "USA").stance())
                .isEqualTo(Stance.AGAINST);
    }

    @Test
    void liftingAPenaltyUndoesIt() {
        TargetStance tur = of("Sweden agreed to lift its arms embargo on Turkey next month.", "TUR");
        assertThat(tur.stance()).isNotEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).contains("negated");
    }

    @Test
    void aTitleBeforeALeaderAfterByIsPartOfTheAgent() {
        TargetStance usa = of("Delegates ignored threats by President Joe Biden over the vote.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(usa)).contains("agent-of-act");
        // A named agent that is no target still takes the act away from nearby targets.
        assertThat(of("Turkey recalled the massacres by Ottoman forces in a statement.", "TUR").evidence()).isEmpty();
    }

    @Test
    void helpReportedAsAFactIsFavorByProximity() {
        TargetStance tur = of("Firefighting aircraft from Turkey joined the crews battling the blaze.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(of("Israel sent a field hospital to the border town on Sunday.", "ISR").stance())
                .isEqualTo(Stance.FAVOR);
        // Aid withdrawn is no help.
        assertThat(of("Washington said it would cut aid to the agency next year.", "USA").stance())
                .isNotEqualTo(Stance.FAVOR);
    }

    @Test
    void regretAndSettlementExpansionAreCriticism() {
        assertThat(of("European leaders said they regret the Israeli decision to close the crossing.", "ISR")
                .stance()).isEqualTo(Stance.AGAINST);
        assertThat(of("The report says Israel continues to expand settlements near the city.", "ISR").stance())
                .isEqualTo(Stance.AGAINST);
    }

    @Test
    void judgementsOfConductAreEvaluativeWords() {
        TargetStance tur = of("Analysts said Ankara's bluff was shameless and its claims false.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).contains("adjective-of-target");
        TargetStance isr = of("Diplomats described Israel as brave and wise in the talks.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(isr)).contains("described-as");
    }

    @Test
    void aJudgedActNamedByANounIsTheActOfTheOtherTargetOfTheParagraph() {
        String paragraph = "Washington suspended the shipment of shells on Tuesday. Israel's envoy called the move "
                + "deeply disappointing, and officials in Jerusalem said they regret the decision.";
        TargetStance usa = of(paragraph, "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(usa)).contains("act-of-target");
        // The side that judges gets nothing from its own judgement.
        assertThat(of(paragraph, "ISR").evidence()).isEmpty();
        // Two other targets: whose act it was is not known.
        assertThat(of("Turkey and the United States argued for days. Israel welcomed the decision.", "TUR")
                .evidence()).isEmpty();
        // A target after the noun names the act's author by the other rules.
        TargetStance tur = of("The minister welcomed the decision by Turkey to reopen the crossing.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(tur)).doesNotContain("act-of-target");
    }

    @Test
    void theGovernmentOrTheAdministrationStandsForTheStateNamedBefore() {
        TargetStance tur = of("Turkey opened its parliament on Monday. Rights groups condemned the government for "
                + "the arrests.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).contains("object-of-verb");
        assertThat(tur.mentions()).isEqualTo(1);
        // A complement names another government.
        assertThat(of("Turkey opened its parliament on Monday. Rights groups condemned the government of Iraq.",
                "TUR").evidence()).isEmpty();
    }

    @Test
    void anIdiomKeepsItsMeaningWhenPartOfItIsQuoted() {
        TargetStance usa = of("Critics said the United States kept turning \"a blind eye\" to the abuses.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(usa.evidence()).extracting(Evidence::lemma).contains("turn a blind eye");
    }

    @Test
    void theSpeakerOfAReportedPredicateIsNotItsSubject() {
        // The checkpoints crossed the red line, not the minister who says so.
        assertThat(of("Turkish Foreign Minister Hakan Fidan said the new checkpoints crossed a red line.", "TUR")
                .evidence()).isEmpty();
        TargetStance tur = of("The envoy said Turkey crossed a red line in the north.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).contains("subject-of-predicate");
    }

    @Test
    void metaphorsOfCriticismAndExclusionBlameTheirTarget() {
        TargetStance isr = of("Critics said Israel was pouring fuel on the fire in the north.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(isr)).contains("subject-of-predicate");
        TargetStance tur = of("Washington removed Ankara from the fighter jet program last year.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).contains("object-of-verb");
    }

    @Test
    void whatFollowsAReportingParticipleIsNotItsSpeaker() {
        // "…, saying settlers were …": the settlers do not speak, so Israel stays a target the cues can reach.
        TargetStance isr = of("Rights groups praised the ruling, saying settlers were complicit in Israel's occupation.",
                "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(isr)).contains("adjective-of-target");
    }

    @Test
    void strikesWithNoAgentNamedAreTheOtherPartysAct() {
        TargetStance usa = of("Tehran condemned the strikes on the port. Officials said Washington had sent more jets.",
                "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(usa)).contains("act-of-target");
        // Strikes by a named agent that is no target leave the verb to that agent.
        assertThat(of("Tehran condemned the strikes by Houthi rebels. Washington sent more jets.", "USA").stance())
                .isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void aStandInObjectOfItsOwnSidesVerbIsTheOtherParty() {
        String paragraph = "Washington flew two planes of supplies to Izmir. Turkish officials thanked the administration.";
        TargetStance usa = of(paragraph, "USA");
        assertThat(usa.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(usa)).contains("object-of-verb");
        assertThat(of(paragraph, "TUR").evidence()).isEmpty();
        // As the subject it stays the state named last.
        TargetStance tur = of("Turkish officials met the envoy. The government praised Washington.", "USA");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
    }

    @Test
    void aStandInMayTakeOnePlainAdjective() {
        TargetStance usa = of("Washington changed course in January. Critics accuse the new administration of hypocrisy.",
                "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(usa)).contains("object-of-verb");
        // A demonym makes it someone else's government.
        assertThat(of("Washington changed course in January. Critics accuse the Iraqi government of hypocrisy.", "USA")
                .stance()).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void judgementsOfWireAndOpinionCopy() {
        TargetStance isr = of("The envoy said Israel must be held accountable.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(isr)).contains("subject-of-predicate");
        TargetStance tur = of("Critics accused Turkey of incitement against the Kurds.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
    }

    @Test
    void theAgentNamedRightAfterAQuotationIsTheQuotedActs() {
        TargetStance isr = of("The minister urged the world \"to halt this senseless and shameful brutality\" by Israel.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(isr)).contains("agent-of-act");
    }

    @Test
    void harmIsItsSubjectsActAndWhatItHarmsGetsNoPraise() {
        TargetStance usa = of("Diplomats warned that the U.S. measures would harm the partnership.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(usa)).contains("agent-of-act");
        assertThat(usa.evidence()).extracting(Evidence::lemma).doesNotContain("partnership");
        // The adjective is still a judgement of what it describes, the passive names no agent.
        assertThat(of("Turkey was hurt by the crisis.", "TUR").stance()).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void anIntensifierMayStandBetweenTheOwnerAndTheAct() {
        TargetStance usa = of("Officials praised the United States' unwavering commitment to the region.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(usa)).contains("adjective-of-target", "intensified");
    }

    @Test
    void anObjectToldSomethingIsAnAddresseeNotJudged() {
        assertThat(of("The minister warned Washington on Monday that the talks could collapse.", "USA").evidence())
                .isEmpty();
        TargetStance usa = of("The minister warned Washington against any escalation.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(usa)).contains("object-of-verb");
    }

    @Test
    void theAgentOfAReducedPassiveHoldsTheJudgement() {
        // "…, a move condemned by Washington": Washington condemns, the author only reports it.
        TargetStance tur = of("Turkey closed the straits on Monday, a move condemned by Washington.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).contains("apposed-act");
        assertThat(tur.holder()).isEqualTo("Washington");
        assertThat(tur.holderCountry()).isEqualTo("USA");
    }

    @Test
    void aDatelineIsNotPartOfTheSpeaker() {
        TargetStance isr = of("ANKARA (Reuters) - Turkish officials condemned Israel on Tuesday.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(isr.holder()).isEqualTo("Turkish officials");
        assertThat(of("Istanbul — Protesters accused Israel of war crimes.", "ISR").holder()).isEqualTo("Protesters");
    }

    @Test
    void lexicon18JudgementsOfMeasuresAndActsThatEndangerOthers() {
        TargetStance usa = of("The minister said Washington has no right to decide the fate of the city.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(usa)).contains("subject-of-predicate");
        TargetStance tur = of("Critics said Ankara endangered civilians by shelling the camp.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).contains("agent-of-act");
        TargetStance isr = of("The European Union said it was deeply troubled by the Israeli decision.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(isr.holder()).isEqualTo("European Union");
        // A rank that shares the stem of "admire" is no praise.
        assertThat(of("Rear Admiral John Kirby said Israel would respond.", "ISR").evidence()).isEmpty();
    }

    @Test
    void aWarningJudgesTheSubjectOfItsThatClause() {
        TargetStance tur = of("Officials warned that a Turkish military presence near the base would restrict their freedom.",
                "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).contains("reported-subject");
        TargetStance usa = of("The minister warned on Monday that the United States was putting its troops at risk.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(usa)).contains("reported-subject");
        // A target after a victim marker in the clause is no subject.
        assertThat(of("Analysts warned that attacks on Israel would continue.", "ISR").stance()).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void aClauseOpenedByAndWithItsVerbSharesTheSubjectBeforeIt() {
        TargetStance tur = of("Turkey closed the crossing on Friday and would harm trade across the region.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(tur)).contains("carried-subject");
    }

    @Test
    void aBoycottInThePastTenseIsStillABoycott() {
        // The stemmer cuts "boycotted" to "boycot" and keeps "boycott": the lexicon lists both.
        TargetStance usa = of("Several delegations boycotted Washington's conference in protest.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(usa)).contains("object-of-verb");
    }

    @Test
    void aCueWordInsideANameJudgesNoOne() {
        // "Criminal" qualifies the court's name: no judgement of Turkey nearby.
        TargetStance tur = of("Turkey sent a delegation to the International Criminal Court on Monday.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(tur.evidence()).isEmpty();
        // The word outside a name still judges.
        assertThat(of("The minister called Turkey a criminal state.", "TUR").stance()).isEqualTo(Stance.AGAINST);
        // A target's compound before a name is the target's act, not a word of the name.
        assertThat(rules(of("Turkey welcomed the US-brokered Camp David talks.", "USA"))).contains("compound-agent");
    }

    @Test
    void anAttributeBeforeAPlainNounDescribesThatNoun() {
        // "enemy fire" is fire from an enemy: the Turkish soldiers are not called one.
        TargetStance tur = of("Turkish soldiers came under enemy fire near the village.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(tur.evidence()).isEmpty();
        // "the terror group" describes the group, not the Israeli police nearby.
        assertThat(of("Israeli police arrested two members of the terror group near the border on Monday.", "ISR")
                .evidence()).extracting(Evidence::lemma).doesNotContain("terrorist");
        // Said of the target, the attribute still describes it.
        TargetStance isr = of("Israel is a terrorist entity, the cleric said.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(isr)).contains("described-as");
    }

    @Test
    void aSideWarningOfItsOwnActsJudgesNoOne() {
        // The Turkish minister announces what Turkey will do: no judgement of Turkey.
        TargetStance own = of("Turkish Foreign Minister Hakan Fidan warned that Turkey would not stay silent.", "TUR");
        assertThat(own.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(own.evidence()).isEmpty();
        // Said by the other side, the warning is about Turkey.
        TargetStance other = of("Israeli Foreign Minister Israel Katz warned that Turkey would not stay silent.", "TUR");
        assertThat(other.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(other)).contains("reported-subject");
    }

    @Test
    void aSecondVerbAfterAndHasItsOwnObject() {
        // "offered" is no cue, yet it opens a clause: the condolences are not the act that was condemned.
        TargetStance usa = of("Spain condemned the shooting and offered its condolences to the United States.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.FAVOR);
        assertThat(usa.evidence()).extracting(Evidence::lemma).containsExactly("condolences");
        // Without a determiner after it, a form in -ed opens no clause ("and armed groups"): the verb still reaches.
        TargetStance base = of("Spain condemned the raid and armed groups near the United States base.", "USA");
        assertThat(base.stance()).isEqualTo(Stance.AGAINST);
        assertThat(rules(base)).contains("object-of-verb");
    }

    @Test
    void aSecondComplementOfTheSameMarkerIsTheActsToo() {
        TargetStance tur = of("Greece sent condolences to the relatives of the miners and to the Turkish nation.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rules(tur)).contains("beneficiary");
        // Without a second "to", what follows "and" is no complement of the condolences.
        assertThat(rules(of("Greece sent condolences to the relatives of the miners and the Turkish nation mourned.",
                "TUR"))).doesNotContain("beneficiary");
    }

    @Test
    void aCueCountsOnceForATargetNamedTwiceInACoordination() {
        TargetStance usa = of("Officials praised Washington and the White House for the deal.", "USA");
        assertThat(usa.evidence()).extracting(Evidence::lemma).containsOnlyOnce("praise");
        // Coordinated names of two targets still each get it.
        assertThat(of("Officials praised Washington and Ankara for the deal.", "TUR").evidence())
                .extracting(Evidence::lemma).contains("praise");
    }

    @Test
    void aNavalRankIsNoAdmiration() {
        TargetStance isr = of("Rear Admiral Daniel Hagari said the army had struck the site overnight.", "ISR");
        assertThat(isr.evidence()).extracting(Evidence::lemma).doesNotContain("=admire");
        assertThat(of("The minister expressed admiration for Israel.", "ISR").stance()).isEqualTo(Stance.FAVOR);
    }

    @Test
    void aTrailingAttributionWithoutQuotesHoldsWhatComesBeforeIt() {
        assertThat(of("Turkey had been a reliable partner, the spokesman said.", "TUR").holder())
                .isEqualTo("the spokesman");
        // A subordinator after the comma ("just as the allies said") makes it a clause of the author's own.
        assertThat(of("Turkey had been a reliable partner, just as the allies always said.", "TUR").holder())
                .isEqualTo("author");
    }
}
