package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** French morphology and constructions the engine relies on, on sentences written for these tests. */
class FrenchRulesTest {
    private static final String DATE = "2023-07";

    private TargetStance of(String paragraph, String target) {
        return Fixtures.stanceOf("fr", DATE, paragraph, target);
    }

    private static List<String> describe(TargetStance stance) {
        return stance.evidence().stream().map(Evidence::describe).toList();
    }

    @Test
    void verbFormsSnowballLeavesApartMatchTheirInfinitive() {
        // Snowball stems « remercie » remerc- but « remercier » remerci-, and keeps « soutient », « soutiennent »,
        // « soutenu » whole: the dictionary's infinitive brings them together.
        assertThat(describe(of("Le Qatar remercie la Turquie.", "TUR")))
                .containsExactly("remercie (+remercier) → +0.80 [object-of-verb]");
        assertThat(describe(of("Le Qatar soutient la Turquie.", "TUR")))
                .containsExactly("soutient (+soutenir) → +0.60 [object-of-verb]");
        assertThat(describe(of("Les pays du Golfe soutiennent Israël.", "ISR")))
                .containsExactly("soutiennent (+soutenir) → +0.60 [object-of-verb]");
        assertThat(describe(of("Les manifestants accusaient Israël.", "ISR")))
                .containsExactly("accusaient (-accuser) → -0.60 [object-of-verb]");
        assertThat(of("Le Qatar remercie la Turquie.", "TUR").stance()).isEqualTo(Stance.FAVOR);
    }

    @Test
    void aNounOrAdjectiveOfItsOwnIsNotReadAsAVerbForm() {
        // « médias » is not a form of a verb « médier », « reconnaissant » (recognising) is not « grateful » alone.
        assertThat(of("Les médias turcs ont couvert le sommet.", "TUR").evidence()).isEmpty();
        assertThat(of("Washington a signé un décret reconnaissant la souveraineté d'Israël.", "ISR").evidence())
                .isEmpty();
        assertThat(of("Le Qatar se dit reconnaissant envers la Turquie.", "TUR").stance()).isEqualTo(Stance.FAVOR);
    }

    @Test
    void sansToutefoisKeepsTheNegationAndStrengthDoesNotTurnItIntoPraise() {
        // « toutefois » right after « sans » opens no new clause: the verb stays negated; the intensifier and the
        // contrast do not make « not condemning strongly » a favor.
        TargetStance usa = of("Le ministre a jugé le projet inacceptable, sans toutefois condamner fermement "
                + "Washington.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.NEUTRAL);
        Evidence negated = usa.evidence().stream().filter(e -> e.lemma().equals("condamner")).findFirst().orElseThrow();
        assertThat(negated.cue()).isEqualTo("sans toutefois condamner");
        assertThat(negated.rules()).contains("negated", "intensified", "after-contrast", "object-of-verb");
        Evidence plain = of("Le ministre n'a pas condamné Washington.", "USA").evidence().get(0);
        assertThat(plain.rules()).containsExactly("negated", "object-of-verb");
        assertThat(negated.weight()).isEqualTo(plain.weight());
        assertThat(of("Le ministre a jugé le projet inacceptable, mais il a condamné fermement Washington.", "USA")
                .stance()).isEqualTo(Stance.AGAINST);
    }

    @Test
    void aRelationNounWithATargetComplementDescribesSomeoneElse() {
        // « un ami d'Israël » is the person greeted, not Israel; « l'allié des États-Unis » is another army.
        assertThat(of("Le président a été accueilli comme un ami d'Israël.", "ISR").evidence()).isEmpty();
        assertThat(of("Les milices kurdes, principal allié des États-Unis au sol, reculent.", "USA").evidence())
                .isEmpty();
        // The target described as an ally is still in favor.
        TargetStance described = of("Le ministre a qualifié la Turquie d'allié indispensable.", "TUR");
        assertThat(described.stance()).isEqualTo(Stance.FAVOR);
        assertThat(described.evidence()).extracting(Evidence::rules).anySatisfy(r -> assertThat(r).contains("described-as"));
    }

    @Test
    void aDesignationOfSomeoneElseDoesNotFallBackOnTheSubject() {
        assertThat(of("La Turquie qualifie ce mouvement de « terroriste ».", "TUR").evidence()).isEmpty();
        assertThat(of("Il s'agit d'un groupe que la Turquie considère comme une organisation terroriste.", "TUR")
                .evidence()).isEmpty();
        TargetStance designated = of("Le Hezbollah qualifie Israël de « terroriste ».", "ISR");
        assertThat(designated.stance()).isEqualTo(Stance.AGAINST);
        assertThat(designated.evidence()).extracting(Evidence::rules).anySatisfy(r -> assertThat(r).contains("described-as"));
    }

    @Test
    void aParticipleClauseAfterACommaHasItsOwnObject() {
        // « accuser X de … » keeps praise inside the accusation from counting; « tout en saluant » starts anew.
        TargetStance usa = of("Le ministre accuse Ankara de mentir, tout en saluant le soutien de Washington.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.FAVOR);
        assertThat(describe(usa)).contains("saluant (+saluer) → +0.80 [evaluates-act, object-of-verb]");
        assertThat(of("Le ministre accuse Ankara de mentir, saluant Washington.", "USA").stance())
                .isEqualTo(Stance.FAVOR);
        assertThat(of("Le ministre accuse Ankara de mentir, tout en saluant Washington.", "TUR").stance())
                .isEqualTo(Stance.AGAINST);
    }

    @Test
    void aQuotationInsideTheObjectDoesNotStopTheVerb() {
        TargetStance tur = of("Le Hezbollah a salué « la position courageuse » de la Turquie.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(tur.evidence()).extracting(Evidence::rules).anySatisfy(r -> assertThat(r).contains("object-of-verb"));
    }

    @Test
    void aQualityWithoutATargetOfItsOwnLeavesTheVerbItsObject() {
        // « le courage » attaches to no target by syntax: the verb's object is the president named after it,
        // not the speaker nearest to the quality.
        String paragraph = "Joe Biden a salué « le courage » du président Erdoğan.";
        TargetStance tur = of(paragraph, "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(describe(tur)).contains("salué (+saluer) → +0.80 [object-of-verb]");
        assertThat(of(paragraph, "USA").evidence()).extracting(Evidence::rules)
                .allSatisfy(r -> assertThat(r).doesNotContain("object-of-verb"));
    }

    @Test
    void newsVocabularyOfLexicon12AttachesByItsClass() {
        // An expressed emotion is evaluated like a verb of speech: its object is the target.
        assertThat(describe(of("Les manifestants ont exprimé leur colère contre Washington.", "USA")))
                .containsExactly("colère (-colère) → -0.50 [object-of-verb]");
        assertThat(of("Le Caire a fait part de son indignation face à Israël.", "ISR").stance()).isEqualTo(Stance.AGAINST);
        // Reported fire is a fact below the threshold alone, and the act a verb of speech evaluates.
        assertThat(of("Des tirs israéliens ont visé le convoi.", "ISR").stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(describe(of("Paris a condamné les tirs israéliens.", "ISR")))
                .contains("condamné (-condamner) → -0.70 [evaluates-act, object-of-verb]");
        // Mediation: the target under whose aegis an agreement is signed is its agent.
        TargetStance usa = of("Les deux pays ont signé la trêve sous l'égide des États-Unis.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.FAVOR);
        assertThat(describe(usa)).containsExactly("sous l'égide (+sous l'égide) → +0.50 [agent-of-act]");
    }

    @Test
    void theNounAccordIsNotTheVerbAccorderNorFacilitateurTheVerbFaciliter() {
        // The dictionary gives « accorder » the infinitive-stem of « accord »: the noun is matched on its forms.
        assertThat(of("Le Congrès refuse d'accorder un visa à un diplomate turc.", "TUR").evidence()).isEmpty();
        // « faciliter » is its own entry (1.4.0), never the actor noun « facilitateur ».
        assertThat(of("Ankara veut faciliter un échange de prisonniers.", "TUR").evidence())
                .extracting(Evidence::lemma).containsExactly("faciliter");
        assertThat(of("L'accord conclu avec la Turquie entre en vigueur.", "TUR").evidence()).isNotEmpty();
    }

    @Test
    void aCueInAClauseWithoutTargetReachesTheOneTargetOfItsSentenceAtLowerWeight() {
        TargetStance usa = of("Le retrait reste « inacceptable » ; Washington l'a décidé seul.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(describe(usa)).containsExactly("inacceptable (-inacceptable) → -0.35 [nearest-target]");
        // Two targets in the sentence: no way to tell which one is judged.
        assertThat(of("Le retrait reste « inacceptable » ; Washington et Ankara l'ont décidé.", "USA").evidence())
                .isEmpty();
    }

    @Test
    void aLongAdverbialBeforeTheObjectLeavesTheVerbItsObject() {
        TargetStance tur = of("Rome a dénoncé jeudi soir, avec la plus grande fermeté, les frappes turques.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(describe(tur)).contains("dénoncé (-dénoncer) → -0.70 [evaluates-act, object-of-verb]");
    }

    @Test
    void aParticipleOfSpeechIsNotFollowedByItsSpeaker() {
        // « en soulignant », « annonçant »: what follows is not the speaker; the participle's words are the main
        // verb's subject's.
        TargetStance isr = of("Le ministre émirati a salué les efforts de Washington, en soulignant que l'agression "
                + "israélienne devait cesser.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(isr.holder()).isEqualTo("Le ministre émirati");
        assertThat(of("Le président turc a dénoncé un « génocide », annonçant le rappel des ambassadeurs turcs en "
                + "Israël.", "TUR").evidence()).isEmpty();
    }

    @Test
    void aPossessiveActBelongsToTheSubjectOfItsClauseElseToTheNearestTarget() {
        TargetStance tur = of("La Turquie a détaillé devant les diplomates américains son aide humanitaire.", "TUR");
        assertThat(describe(tur)).containsExactly("aide humanitaire (+aide humanitaire) → +0.60 [possessor]");
        assertThat(of("La Turquie a détaillé devant les diplomates américains son aide humanitaire.", "USA").evidence())
                .isEmpty();
        TargetStance isr = of("Selon le ministre, Israël poursuit son agression contre les civils.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(describe(isr)).containsExactly("agression (-agression) → -0.80 [possessor]");
        // An act inside another noun's complement, quoted or not, is not given to the subject.
        assertThat(of("Le président turc a appelé Israël à mettre fin à « son banditisme ».", "TUR").evidence())
                .isEmpty();
    }

    @Test
    void theTargetSubjectIsTheAgentOfTheActItsVerbNames() {
        TargetStance tur = of("La Turquie a acheminé 700 tonnes d'aide vers la région.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(describe(tur)).containsExactly("aide (+aide) → +0.45 [agent-of-act]");
        // An act inside another noun's complement is not what the subject did.
        assertThat(describe(of("Washington a annoncé la levée des sanctions.", "USA")))
                .noneMatch(e -> e.contains("agent-of-act"));
    }

    @Test
    void aFavourableActReachesTheTargetWhoseInterestItServes() {
        String text = "Le sommet a réaffirmé l'engagement des États-Unis envers la sécurité d'Israël.";
        assertThat(describe(of(text, "ISR"))).containsExactly("engagement (+=engagement) → +0.32 [beneficiary]");
        assertThat(of(text, "USA").stance()).isEqualTo(Stance.FAVOR);
        assertThat(of("Le soutien des États-Unis à la défense d'Israël reste entier.", "ISR").stance())
                .isEqualTo(Stance.FAVOR);
    }

    @Test
    void aCliticObjectOfAVerbOfSpeechIsTheTargetNamedBeforeIt() {
        TargetStance tur = of("Joe Biden a téléphoné au président turc pour le féliciter.", "TUR");
        assertThat(describe(tur)).containsExactly("féliciter (+féliciter) → +0.80 [pronoun-object]");
        // Named in the sentence before, as its subject.
        TargetStance usa = of("Joe Biden a annoncé un accord. Le président turc l'a chaleureusement remercié.", "USA");
        assertThat(describe(usa)).contains("remercié (+remercier) → +1.12 [intensified, pronoun-object]");
        // « lui aussi » is no object: the object comes after the verb.
        assertThat(of("Le président israélien a lui aussi félicité le chef de l'État turc.", "ISR").evidence()).isEmpty();
        assertThat(of("Le président israélien a lui aussi félicité le chef de l'État turc.", "TUR").stance())
                .isEqualTo(Stance.FAVOR);
    }

    @Test
    void aPastParticipleWithoutAuxiliaryNamesItsAgentNotItsObject() {
        assertThat(of("Le blocage du détroit, une décision saluée à Washington, a surpris les marchés.", "USA")
                .evidence()).noneMatch(e -> e.lemma().equals("saluer"));
        assertThat(of("Le prédicateur, accusé par Ankara de complot, vit en exil.", "TUR").evidence())
                .noneMatch(e -> e.lemma().equals("accuser"));
    }

    @Test
    void anActOfAnotherNationOrANamedOtherAgentReachesNoTargetByProximity() {
        assertThat(of("Les occupants russes sont visés par des drones turcs.", "TUR").evidence()).isEmpty();
        assertThat(of("La presse turque dénonce une provocation de l'Élysée.", "TUR").evidence()).isEmpty();
    }

    @Test
    void aNegationDoesNotReachANounInsideAPrepositionalComplement() {
        TargetStance isr = of("Le ministre a affirmé que ce texte ne valait pas normalisation avec l'ennemi israélien.",
                "ISR");
        assertThat(describe(isr)).contains("ennemi (-ennemi) → -0.70 [adjective-of-target]");
        // The partitive after the negation stays negated.
        assertThat(of("La Turquie n'a pas apporté d'aide à la région.", "TUR").evidence().get(0).rules())
                .contains("negated");
    }

    @Test
    void positionAndConstructionAreNotPositiveNorConstructive() {
        assertThat(of("La réforme ne modifierait pas la position américaine.", "USA").evidence()).isEmpty();
        assertThat(of("Washington finance un projet de construction.", "USA").evidence()).isEmpty();
        assertThat(of("L'attitude de Washington reste très positive.", "USA").stance()).isEqualTo(Stance.FAVOR);
    }

    @Test
    void aDeniedActIsNotBlamedOnTheDenier() {
        TargetStance tur = of("Ankara dément toute ingérence dans les affaires irakiennes.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(tur.evidence().get(0).rules()).contains("negated");
        assertThat(of("Washington rejette toute accusation d'ingérence.", "USA").stance()).isNotEqualTo(Stance.AGAINST);
        // Rejecting someone's help is a judgement of it.
        assertThat(of("Le gouvernement a rejeté l'aide américaine.", "USA").stance()).isEqualTo(Stance.AGAINST);
    }

    @Test
    void helpInAllItsFormsIsFavorForWhoGivesIt() {
        // assistance, faciliter (also its participle « facilité », which Snowball stems as the noun), sauvetage,
        // hôpital de campagne, donateur, parrainer: the agent or the target described is in favor.
        assertThat(describe(of("Le Japon dit que la Turquie a fourni une assistance technique aux villages.", "TUR")))
                .containsExactly("assistance (+=assistance) → +0.45 [agent-of-act]");
        assertThat(describe(of("Washington a facilité les discussions entre les deux camps.", "USA")))
                .containsExactly("facilité (+faciliter) → +0.35 [agent-of-act]");
        assertThat(of("Israël a installé un hôpital de campagne dans la région sinistrée.", "ISR").stance())
                .isEqualTo(Stance.FAVOR);
        assertThat(of("Les plongeurs turcs ont sauvé trois pêcheurs.", "TUR").stance()).isEqualTo(Stance.FAVOR);
        assertThat(describe(of("La Turquie reste le premier donateur du programme.", "TUR")))
                .containsExactly("donateur (+=donateur) → +0.40 [described-as]");
        assertThat(of("Le cessez-le-feu, parrainé par Washington, tient depuis lundi.", "USA").stance())
                .isEqualTo(Stance.FAVOR);
        // Welcoming a target's proposal is praise of the target; praising someone is « rendre hommage » in any tense.
        assertThat(of("Le Caire a accueilli favorablement la proposition israélienne.", "ISR").stance())
                .isEqualTo(Stance.FAVOR);
        assertThat(describe(of("Le chancelier a rendu hommage à la Turquie.", "TUR")))
                .containsExactly("rendu hommage (+rendre hommage) → +0.70 [object-of-verb]");
    }

    @Test
    void helpReportedAsAFactIsFavorForTheStateThatGivesIt() {
        // A medical team sent, a hand lent, a partner shouldered: the state that helps is in favor.
        TargetStance tur = of("La Turquie a dépêché une équipe médicale au Népal.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(describe(tur)).containsExactly("équipe médicale (+équipe médicale) → +0.45 [agent-of-act]");
        assertThat(of("Les États-Unis continueront d'épauler le Kenya face aux shebab.", "USA").stance())
                .isEqualTo(Stance.FAVOR);
        assertThat(of("Des plongeurs israéliens sont venus prêter main-forte aux pompiers grecs.", "ISR").stance())
                .isEqualTo(Stance.FAVOR);
        // The hand is lent by the subject: who receives it is not thereby judged; « assister à » is to attend.
        assertThat(of("L'Égypte a prêté main-forte aux pompiers américains.", "USA").evidence()).isEmpty();
        assertThat(of("Des diplomates américains assistaient à la cérémonie.", "USA").evidence()).isEmpty();
        // Rescue work reaches its state by proximity alone, at 0.7 of its weight, and still passes the threshold.
        TargetStance rescuers = of("Les sauveteurs de l'armée israélienne fouillent les décombres.", "ISR");
        assertThat(rescuers.stance()).isEqualTo(Stance.FAVOR);
        assertThat(rescuers.evidence()).extracting(Evidence::rules).containsExactly(List.of("nearest-target"));
    }

    @Test
    void aParticipleInUOrIFollowedByParNamesItsAgentNotItsObject() {
        // « soutenues par la Turquie »: Turkey supports the militias, it is not the one supported.
        assertThat(of("Les milices soutenues par la Turquie ont repris la ville.", "TUR").evidence()).isEmpty();
        assertThat(of("Le plan, applaudi par Israël, a été adopté.", "ISR").evidence()).isEmpty();
        // A present in -ue of a verb in -er is no participle: its object is still the target after it.
        assertThat(describe(of("Le Qatar salue à nouveau la Turquie.", "TUR")))
                .containsExactly("salue (+saluer) → +0.80 [object-of-verb]");
    }

    @Test
    void litotesExpulsionAndWordsThatOnlyShareAStem() {
        // « peu constructif » says « not constructive »: blame, not praise.
        TargetStance tur = of("Le ministre a jugé la proposition turque peu constructive.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(tur.evidence()).extracting(Evidence::lemma).containsExactly("peu constructif");
        // The expelled state is the one punished, not the one expelling.
        assertThat(of("Le gouvernement a décidé l'expulsion de l'ambassadeur israélien.", "ISR").stance())
                .isEqualTo(Stance.AGAINST);
        assertThat(of("Israël a expulsé des militants étrangers.", "ISR").evidence()).isEmpty();
        // « provoquer » is to cause; the noun « provocation » still blames.
        assertThat(of("La décision turque a provoqué une hausse des prix.", "TUR").evidence()).isEmpty();
        assertThat(of("Athènes dénonce les provocations turques en mer Égée.", "TUR").stance()).isEqualTo(Stance.AGAINST);
        // « exactement » is no form of « exactions ».
        assertThat(of("La Turquie a obtenu exactement ce qu'elle voulait.", "TUR").evidence()).isEmpty();
    }

    @Test
    void anApposedParticipleEvaluatesTheNounBeforeItsComma() {
        assertThat(describe(of("Erdoğan, vivement critiqué par ses adversaires, a maintenu le cap.", "TUR")))
                .containsExactly("critiqué (-critiquer) → -0.90 [intensified, object-of-verb]");
        assertThat(of("Netanyahou, ovationné par les députés, a promis la victoire.", "ISR").stance())
                .isEqualTo(Stance.FAVOR);
        // The participle after a comma is about the noun before it, not about the target named further on.
        assertThat(of("Le raid contre le Hezbollah, condamné par Israël, a fait trois morts.", "ISR").stance())
                .isNotEqualTo(Stance.AGAINST);
    }

    @Test
    void generalPraiseWordsAttachLikeTheOtherCuesOfTheirClass() {
        assertThat(describe(of("Les réfugiés ont salué l'hospitalité turque.", "TUR")))
                .contains("hospitalité (+hospitalité) → +0.50 [adjective-of-target]");
        assertThat(of("« Merci à la Turquie », a écrit le ministre.", "TUR").stance()).isEqualTo(Stance.FAVOR);
        assertThat(of("La ministre se dit fière de l'armée israélienne.", "ISR").stance()).isEqualTo(Stance.FAVOR);
        assertThat(describe(of("Les relations avec la Turquie sont excellentes.", "TUR")))
                .containsExactly("excellentes (+=excellent) → +0.50 [described-as]");
        assertThat(of("La Turquie a joué un rôle décisif dans la libération des marins.", "TUR").stance())
                .isEqualTo(Stance.FAVOR);
        // Forms whose stem is another word's: « Son Excellence », « la chaleur », « se fier à » are no praise.
        assertThat(of("Son Excellence l'ambassadeur des États-Unis est arrivé.", "USA").evidence()).isEmpty();
        assertThat(of("Une vague de chaleur touche la Turquie.", "TUR").evidence()).isEmpty();
        assertThat(of("Les Kurdes ne peuvent plus se fier aux États-Unis.", "USA").evidence()).isEmpty();
    }

    @Test
    void generalBlameWordsAttachLikeTheOtherCuesOfTheirClass() {
        // Expressed worry is evaluative speech: its object (here an act) is judged.
        assertThat(describe(of("Paris a exprimé son inquiétude face aux frappes israéliennes.", "ISR")))
                .contains("inquiétude (-inquiétude) → -0.40 [evaluates-act, object-of-verb]");
        assertThat(describe(of("Le chef de l'OLP a dénoncé la partialité de Washington.", "USA")))
                .contains("partialité (-partialité) → -0.60 [agent-of-act]");
        assertThat(of("Un opposant a qualifié Erdoğan de despote.", "TUR").stance()).isEqualTo(Stance.AGAINST);
        assertThat(of("La débâcle américaine en Irak reste dans les mémoires.", "USA").stance())
                .isEqualTo(Stance.AGAINST);
        // « censure » (a parliament's motion) and « purger » (a sentence) are not in the lexicon.
        assertThat(of("La motion de censure contre le gouvernement turc a échoué.", "TUR").evidence()).isEmpty();
        assertThat(of("Il a purgé sa peine dans une prison israélienne.", "ISR").evidence()).isEmpty();
    }

    @Test
    void aPronounOpeningASentenceContinuesTheTargetThatOpenedTheOneBefore() {
        // « ils », « elle », « il » stand for a country or a leader alike (French pronouns follow grammatical gender).
        TargetStance usa = of("Les États-Unis ont quitté le sommet. Ils ont ensuite imposé des sanctions au Venezuela.",
                "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(usa.evidence()).extracting(Evidence::rules).anySatisfy(r -> assertThat(r).contains("pronoun-subject"));
        assertThat(of("Erdoğan a reçu son homologue. Il a salué une coopération exemplaire.", "TUR").evidence())
                .extracting(Evidence::rules).anySatisfy(r -> assertThat(r).contains("pronoun-subject"));
        // An impersonal « il » stands for nobody.
        assertThat(of("Israël a rejeté la proposition. Il s'agit d'une provocation, selon les Nations unies.", "ISR")
                .evidence()).isEmpty();
        // Nor does a pronoun after a sentence whose subject is no target.
        assertThat(of("Le sommet s'est tenu à Ankara avec la Turquie. Il a dénoncé l'occupation.", "TUR").stance())
                .isNotEqualTo(Stance.AGAINST);
    }

    @Test
    void liftingAnActUndoesItButRisingAgainstOneDoesNot() {
        TargetStance tur = of("Ankara a levé son veto à l'adhésion de la Finlande.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(tur.evidence().get(0).rules()).contains("negated");
        assertThat(of("Washington lève les sanctions contre Caracas.", "USA").stance()).isNotEqualTo(Stance.AGAINST);
        // « se lever contre »: the preposition stops the negation, the act is still blamed.
        assertThat(of("Les habitants se sont levés contre l'occupation israélienne.", "ISR").stance())
                .isEqualTo(Stance.AGAINST);
    }

    @Test
    void aLongQuotedObjectIsOneUnitAndItsComplementNamesWhoIsJudged() {
        TargetStance tur = of("Le ministre a salué « la patience, la fermeté et la sagesse » du gouvernement turc.", "TUR");
        assertThat(describe(tur)).containsExactly("salué (+saluer) → +0.80 [object-of-verb]");
        // A quotation that stands apart still ends its clause: the speaker is not the object.
        assertThat(of("« Nous ne céderons jamais », a affirmé le ministre turc.", "TUR").evidence()).isEmpty();
    }

    @Test
    void creditSabotageAndDisappointmentAreJudgedWithoutAVerbOfSpeech() {
        // « grâce à X » gives X the credit; sabotage and vengeance blame their agent; « déçu par X » evaluates X.
        TargetStance credited = of("Les marins ont été libérés grâce à la Turquie.", "TUR");
        assertThat(credited.stance()).isEqualTo(Stance.FAVOR);
        assertThat(describe(credited)).containsExactly("grâce à (+grâce à) → +0.32 [nearest-target]");
        TargetStance saboteur = of("Le Parlement accuse Israël de chercher à saboter le cessez-le-feu.", "ISR");
        assertThat(saboteur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(saboteur.evidence()).extracting(Evidence::lemma).contains("saboter");
        TargetStance disappointed = of("Bruxelles s'est dit « déçu » par la décision d'Ankara.", "TUR");
        assertThat(disappointed.stance()).isEqualTo(Stance.AGAINST);
        assertThat(disappointed.evidence().get(0).rules()).contains("object-of-verb");
        // Concerns a country has are not concerns about it.
        assertThat(of("Le ministre a pris note des préoccupations de la Turquie.", "TUR").stance())
                .isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void aBareGovernmentNounStandsForTheStateNamedBeforeIt() {
        // « le gouvernement », « l'administration », « le président » alone: the state the paragraph named last.
        TargetStance isr = of("Israël a approuvé de nouvelles colonies. Le gouvernement joue avec le feu, selon "
                + "l'opposition.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(isr.mentions()).isEqualTo(1);
        assertThat(describe(isr)).containsExactly("joue avec le feu (-jouer avec le feu) → -0.60 [subject-of-predicate]");
        TargetStance usa = of("Washington n'a pas réagi. Des sénateurs accusent l'administration de fermer les yeux.",
                "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(usa.evidence().get(0).rules()).containsExactly("object-of-verb");
        // Followed by a demonym, a name or « de » + a complement, the noun names someone else's government.
        assertThat(of("La Turquie a fermé sa frontière. Le gouvernement irakien joue avec le feu.", "TUR").evidence())
                .isEmpty();
        assertThat(of("Ankara a protesté. Le président de la Commission accuse les manifestants.", "TUR").evidence())
                .isEmpty();
    }

    @Test
    void anAgentAfterParIsTheTargetThatOwnsTheNoun() {
        // « commise par l'armée israélienne », « menée par les forces de la Turquie »: the demonym or the « de »
        // complement names whose forces acted.
        TargetStance isr = of("La Jordanie a dénoncé une agression commise par l'armée israélienne.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(describe(isr)).anyMatch(d -> d.startsWith("agression") && d.endsWith("[agent-of-act]"));
        assertThat(describe(of("L'ONU a dénoncé une offensive menée par les forces de la Turquie.", "TUR")))
                .anyMatch(d -> d.startsWith("offensive") && d.contains("agent-of-act"));
        // A noun no target owns is someone else's: no agent here.
        assertThat(describe(of("La Turquie a dénoncé une agression commise par des milices locales.", "TUR")))
                .noneMatch(d -> d.startsWith("agression"));
    }

    @Test
    void aDemonstrativeCountryNounStandsForTheStateNamedBeforeIt() {
        // « ce pays », « cet État »: the state the paragraph named last; « le pays » may be any country.
        TargetStance tur = of("Ankara a fait voter la loi sur la presse. Des députés accusent ce pays de museler "
                + "les journalistes.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(tur.evidence().get(0).rules()).containsExactly("object-of-verb");
        assertThat(of("Israël a annoncé de nouvelles colonies. Plusieurs capitales ont condamné cet Etat.", "ISR")
                .stance()).isEqualTo(Stance.AGAINST);
        // « ce gouvernement » as « le gouvernement »
        assertThat(of("Washington n'a pas réagi. Des sénateurs accusent cette administration de fermer les yeux.",
                "USA").stance()).isEqualTo(Stance.AGAINST);
        assertThat(of("Ankara a fait voter la loi sur la presse. Des députés accusent le pays voisin de museler "
                + "les journalistes.", "TUR").evidence()).isEmpty();
    }

    @Test
    void aVerbOfSpeechWithoutATargetInItsObjectJudgesTheOneTargetNamedAfterItInItsSentence() {
        // The judged party comes in a later clause of the sentence: half the weight, as the sentence fallback.
        TargetStance tur = of("Les syndicats ont dénoncé un arrangement conclu la semaine dernière à huis clos, qui "
                + "profiterait surtout aux industriels turcs.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(describe(tur)).containsExactly("dénoncé (-dénoncer) → -0.35 [nearest-target]");
        // A target named before the verb is its subject or speaker: it is not what the verb judges.
        assertThat(of("La Turquie a dénoncé un arrangement conclu la semaine dernière à huis clos, qui profiterait "
                + "surtout aux industriels grecs.", "TUR").evidence()).isEmpty();
    }

    @Test
    void aJudgedActNamedByANounIsTheActOfTheOtherTargetOfTheParagraph() {
        // « a dénoncé la mesure »: the measure is the act of the one target left once the verb's side is set aside.
        TargetStance isr = of("Israël a annoncé le gel des permis. L'opposition a dénoncé la mesure, jugée "
                + "électoraliste.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(describe(isr)).containsExactly("dénoncé (-dénoncer) → -0.56 [act-of-target]");
        assertThat(describe(of("Ankara a fermé les détroits. À Kiev, les responsables ont salué la décision.", "TUR")))
                .containsExactly("salué (+saluer) → +0.64 [act-of-target]");
        // The subject's own target is the verb's side, and a named act is its name's.
        assertThat(of("La Turquie a salué la décision.", "TUR").evidence()).isEmpty();
        assertThat(of("Washington soutient le projet EastMed.", "USA").evidence()).isEmpty();
    }

    @Test
    void generalJudgementsOfConductNeedNoVerbOfSpeech() {
        TargetStance usa = of("« Washington nous a poignardés dans le dos », résume un commandant kurde.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(describe(usa)).containsExactly(
                "poignardés dans le dos (-poignarder dans le dos) → -0.70 [quoted, agent-of-act]");
        TargetStance plan = of("Pour Ankara, le plan américain est « mort-né ».", "USA");
        assertThat(describe(plan)).containsExactly("mort-né (-mort-né) → -0.50 [described-as]");
        assertThat(of("Pour Ankara, le plan américain est « mort-né ».", "TUR").evidence()).isEmpty();
    }

    @Test
    void aRelationOfTheSpeakersOwnBeforeAnAppositionLeavesTheVerbToTheApposition() {
        // « notre allié » is the speaker's relation, not someone else's: the target in apposition is the object.
        TargetStance tur = of("Le secrétaire d'État a assuré que les États-Unis se tenaient « aux côtés de notre allié, "
                + "la Turquie ».", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.FAVOR);
        assertThat(describe(tur)).containsExactly("aux côtés de (+aux côtés de) → +0.70 [quoted, object-of-verb]");
        assertThat(describe(of("Le ministre a salué notre partenaire, la Turquie, pour son aide.", "TUR")))
                .contains("salué (+saluer) → +0.80 [object-of-verb]");
    }

    @Test
    void wrongsOfPowerAndTrustReachTheirTarget() {
        // Lexicon 1.10.0: imprisoning is blamed on its subject; trust goes to whom it is given, and denied is a blame.
        TargetStance jailer = of("Selon l'ONG, la Turquie emprisonne des dizaines de reporters.", "TUR");
        assertThat(jailer.stance()).isEqualTo(Stance.AGAINST);
        assertThat(describe(jailer)).containsExactly("emprisonne (-emprisonner) → -0.50 [agent-of-act]");
        TargetStance trusted = of("Le Qatar fait confiance à la Turquie pour garantir la trêve.", "TUR");
        assertThat(trusted.stance()).isEqualTo(Stance.FAVOR);
        assertThat(trusted.evidence()).extracting(Evidence::rules).containsExactly(List.of("beneficiary"));
        TargetStance distrusted = of("Les Kurdes ne font plus confiance aux Américains.", "USA");
        assertThat(distrusted.stance()).isEqualTo(Stance.AGAINST);
        assertThat(distrusted.evidence()).extracting(Evidence::rules).containsExactly(List.of("negated", "beneficiary"));
        assertThat(describe(of("Les partis d'opposition craignent un nouveau coup de force de Washington au Conseil "
                + "de sécurité.", "USA"))).containsExactly("coup de force (-coup de force) → -0.60 [agent-of-act]");
        assertThat(describe(of("Washington a joué un rôle moteur dans la trêve.", "USA")))
                .containsExactly("rôle moteur (+rôle essentiel) → +0.50 [agent-of-act]");
    }

    @Test
    void aParticipleJudgingANounInAppositionJudgesTheActReportedBeforeIt() {
        // « …, une décision saluée par X »: the act is the sentence's, its author the target in the subject.
        TargetStance closed = of("Ankara a fermé les détroits aux navires, une décision saluée à Kiev comme à Paris.",
                "TUR");
        assertThat(closed.stance()).isEqualTo(Stance.FAVOR);
        assertThat(describe(closed)).containsExactly("saluée (+saluer) → +0.64 [apposed-act]");
        assertThat(closed.holder()).isEqualTo("author");
        TargetStance withdrew = of("Washington a retiré ses troupes, une décision dénoncée par les Kurdes comme une "
                + "trahison.", "USA");
        assertThat(withdrew.stance()).isEqualTo(Stance.AGAINST);
        assertThat(withdrew.evidence()).extracting(Evidence::rules).contains(List.of("apposed-act"));
        // A definite noun after the comma names a thing, not the act; a subject that is no target has no act here.
        assertThat(of("Le Qatar a reçu Israël, le pays salué par Washington.", "ISR").evidence()).isEmpty();
        assertThat(of("Le ministre a parlé de la Turquie, une décision saluée par Paris.", "TUR").evidence()).isEmpty();
    }

    @Test
    void aQuantifierOpeningASentenceIsNoSpeakerName() {
        // « Plusieurs » / « Certains » are capitalised at the head of a sentence but name nobody.
        TargetStance hailed = of("Plusieurs journaux ont salué le rôle du Qatar et de la Turquie dans la trêve.", "TUR");
        assertThat(hailed.stance()).isEqualTo(Stance.FAVOR);
        assertThat(hailed.holder()).isEqualTo("Plusieurs journaux");
        assertThat(of("Certaines ONG ont critiqué Israël.", "ISR").holder()).isEqualTo("ONG");
    }

    @Test
    void theAgentOfAReducedPassiveHoldsItsJudgement() {
        // « une mesure dénoncée par X »: X judges, not the author.
        TargetStance closed = of("Ankara a fermé la frontière, une mesure dénoncée par Bruxelles.", "TUR");
        assertThat(closed.stance()).isEqualTo(Stance.AGAINST);
        assertThat(closed.holder()).isEqualTo("Bruxelles");
        TargetStance sent = of("Washington a envoyé des tentes, une aide saluée par le gouvernement libanais.", "USA");
        assertThat(sent.holder()).isEqualTo("le gouvernement libanais");
        assertThat(sent.holderCountry()).isEqualTo("LBN");
    }

    @Test
    void aJudgementRightAfterItsVerbOfDesignationJudgesWhatFollows() {
        // « juger inacceptable que X… », « juger « inacceptables » les propos de X »: the judgement comes first.
        TargetStance closed = of("La ministre a jugé inacceptable que la Turquie ait fermé sa frontière.", "TUR");
        assertThat(closed.stance()).isEqualTo(Stance.AGAINST);
        assertThat(describe(closed)).containsExactly("inacceptable (-inacceptable) → -0.70 [judged-after]");
        TargetStance words = of("Le chancelier a jugé « dangereux » et « inacceptables » les propos du ministre "
                + "israélien.", "ISR");
        assertThat(words.stance()).isEqualTo(Stance.AGAINST);
        assertThat(words.evidence()).extracting(Evidence::rules).containsOnly(List.of("judged-after"));
        // An object between the verb and the judgement is what is judged: a target named later is not.
        assertThat(of("Le ministre a jugé le projet inacceptable, sans viser Washington.", "USA").evidence())
                .isEmpty();
    }

    @Test
    void generalJudgementsOfConductAreMatchedOnTheirOwnFormsOnly() {
        TargetStance riposte = of("L'ONG dénonce une riposte disproportionnée de l'armée israélienne.", "ISR");
        assertThat(riposte.stance()).isEqualTo(Stance.AGAINST);
        assertThat(riposte.evidence()).extracting(Evidence::lemma).contains("disproportionné");
        assertThat(describe(of("Le ministre a jugé « absurdes » les exigences de la Turquie.", "TUR")))
                .containsExactly("absurdes (-absurde) → -0.60 [judged-after]");
        assertThat(of("Les sinistrés ont jugé l'aide américaine efficace.", "USA").stance()).isEqualTo(Stance.FAVOR);
        // « remarquable » and « utile » are matched on their forms: « remarquer », « utiliser » are no judgement.
        assertThat(of("Le ministre a fait remarquer que la Turquie utilise ses ports.", "TUR").evidence()).isEmpty();
    }

    @Test
    void theSubjectOfAPassiveVerbOfSpeechIsTheOneJudgedNotTheSpeaker() {
        // « X est accusé par Y »: X is judged, Y (when named) holds the judgement.
        TargetStance accused = of("La Turquie est accusée par ses voisins d'avoir ouvert la frontière.", "TUR");
        assertThat(accused.stance()).isEqualTo(Stance.AGAINST);
        assertThat(describe(accused)).containsExactly("accusée (-accuser) → -0.60 [object-of-verb]");
        TargetStance hailed = of("Les Etats-Unis ont été salués par Kiev pour leur médiation.", "USA");
        assertThat(hailed.stance()).isEqualTo(Stance.FAVOR);
        assertThat(hailed.holder()).isEqualTo("Kiev");
        assertThat(hailed.holderCountry()).isEqualTo("UKR");
    }

    @Test
    void aVerbPhraseOfSpeechInThePassiveJudgesItsSubjectWhileAFeelingKeepsItsSpeaker() {
        // Flag not-a-verb: « préoccupé » names what its subject feels; « mis en cause » is a verb in the passive.
        TargetStance blamed = of("Le ministre turc a été mis en cause par la presse.", "TUR");
        assertThat(blamed.stance()).isEqualTo(Stance.AGAINST);
        assertThat(blamed.evidence()).extracting(Evidence::rules).containsExactly(List.of("object-of-verb"));
        assertThat(of("Le ministre turc est préoccupé par la situation.", "TUR").evidence()).isEmpty();
    }

    @Test
    void aTitleBetweenParAndTheLeaderBelongsToTheAgent() {
        // « menée par le gouvernement Netanyahou »: the title does not make the agent someone else.
        TargetStance led = of("Le ministre a dénoncé la colonisation menée par le gouvernement Netanyahou.", "ISR");
        assertThat(led.stance()).isEqualTo(Stance.AGAINST);
        assertThat(led.evidence()).extracting(Evidence::rules).contains(List.of("agent-of-act"));
    }

    @Test
    void theReceiverOfAnActBeforeItIsNotTakenForItsSubject() {
        // « a proposé aux autorités turques une aide »: the subject before the receiver gives the help.
        TargetStance giver = of("Washington a proposé aux autorités turques une aide d'urgence.", "USA");
        assertThat(giver.stance()).isEqualTo(Stance.FAVOR);
        assertThat(describe(giver)).containsExactly("aide (+aide) → +0.45 [agent-of-act]");
        assertThat(of("Washington a proposé aux autorités turques une aide d'urgence.", "TUR").stance())
                .isNotEqualTo(Stance.AGAINST);
    }

    @Test
    void generalBlameWithoutAVerbOfSpeechIsCovered() {
        assertThat(of("La Turquie désapprouve la décision américaine.", "USA").stance()).isEqualTo(Stance.AGAINST);
        TargetStance jailed = of("Le gouvernement turc a jeté en prison des centaines de journalistes.", "TUR");
        assertThat(describe(jailed)).containsExactly("jeté en prison (-jeter en prison) → -0.50 [agent-of-act]");
        assertThat(of("Selon l'ONG, Israël porte la responsabilité de la famine.", "ISR").stance())
                .isEqualTo(Stance.AGAINST);
    }

    @Test
    void anOfferOfHelpFavoursTheOneReadyToHelpNotTheOneHelped() {
        TargetStance host = of("Ankara s'est dit prêt à accueillir des blessés.", "TUR");
        assertThat(describe(host)).containsExactly("prêt à accueillir (+prêt à aider) → +0.50 [subject-of-predicate]");
        assertThat(of("Les Etats-Unis se sont dits prêts à aider la Turquie.", "USA").stance()).isEqualTo(Stance.FAVOR);
        assertThat(of("Les Etats-Unis se sont dits prêts à aider la Turquie.", "TUR").evidence()).isEmpty();
    }

    @Test
    void aFeelingOfATargetIsItsOwnNotAJudgementOfIt() {
        // Flag of-holder: « la colère d'Ankara » is Ankara's anger; « sa colère contre Israël » is aimed at Israel.
        assertThat(of("La décision a provoqué la colère d'Ankara.", "TUR").evidence()).isEmpty();
        TargetStance aimed = of("Le ministre a exprimé sa colère contre Israël.", "ISR");
        assertThat(aimed.stance()).isEqualTo(Stance.AGAINST);
        assertThat(aimed.evidence()).extracting(Evidence::lemma).containsExactly("colère");
    }

    @Test
    void anActQuotedBeforeAParticipleAndParHasThatAgent() {
        // The quotation closes a clause, but « menée par X » after it still names the quoted act's agent.
        TargetStance quoted = of("Le président turc a dénoncé une « politique d'agression et d'invasion » menée par "
                + "Israël.", "ISR");
        assertThat(quoted.stance()).isEqualTo(Stance.AGAINST);
        assertThat(quoted.evidence()).anySatisfy(e -> {
            assertThat(e.lemma()).isEqualTo("invasion");
            assertThat(e.rules()).contains("agent-of-act");
        });
        assertThat(of("Le ministre a évoqué une « politique de paix et de dialogue » menée par Israël.", "ISR").stance())
                .isNotEqualTo(Stance.AGAINST);
    }

    @Test
    void crimeDoesNotMatchCrimee() {
        // « Crimée » shares Snowball's stem with « crime »: the cue takes the noun's exact forms only.
        assertThat(of("La Turquie défend les Tatars de Crimée.", "TUR").evidence()).isEmpty();
        assertThat(of("L'opposition dénonce les crimes du gouvernement turc.", "TUR").stance())
                .isEqualTo(Stance.AGAINST);
    }

    @Test
    void aShortAsideBetweenTheSubjectAndItsVerbCutsNoClause() {
        // « Washington, lui, a été accusé … »: the subject before the aside is the passive verb's object.
        TargetStance aside = of("Washington, lui, a été accusé par les rebelles de couvrir les bombardements.", "USA");
        assertThat(aside.stance()).isEqualTo(Stance.AGAINST);
        assertThat(describe(aside)).contains("accusé (-accuser) → -0.60 [object-of-verb]");
        assertThat(describe(of("La Turquie, quant à elle, a été critiquée par ses alliés.", "TUR")))
                .contains("critiquée (-critiquer) → -0.60 [object-of-verb]");
    }

    @Test
    void aParticipleAfterEtBeforeASharesTheAuxiliaryBeforeIt() {
        // « a démenti et reproché à X »: no reduced passive (« une erreur reprochée à X ») after « et ».
        TargetStance coordinated = of("Le Kremlin a démenti et reproché à la Turquie de mentir.", "TUR");
        assertThat(coordinated.stance()).isEqualTo(Stance.AGAINST);
        assertThat(describe(coordinated)).contains("reproché (-reprocher) → -0.60 [object-of-verb]");
        assertThat(of("Le Kremlin a rejeté les critiques et reproché à la coalition dirigée par les Etats-Unis "
                + "d'avoir menti.", "USA").stance()).isEqualTo(Stance.AGAINST);
    }

    @Test
    void supportAndSolidarityFavourTheirReceiverNotTheirGiver() {
        // Flag to-receiver: « son soutien à l'opération », « la solidarité des Etats-Unis » say nothing of the giver.
        assertThat(of("Le Qatar a accordé son soutien à la Turquie.", "TUR").stance()).isEqualTo(Stance.FAVOR);
        assertThat(of("La Turquie a apporté son soutien à l'opération.", "TUR").evidence()).isEmpty();
        TargetStance giver = of("Le soutien des Etats-Unis à Israël reste entier.", "USA");
        assertThat(giver.evidence()).isEmpty();
        TargetStance receiver = of("Le soutien des Etats-Unis à Israël reste entier.", "ISR");
        assertThat(receiver.stance()).isEqualTo(Stance.FAVOR);
        assertThat(receiver.evidence()).extracting(Evidence::rules).containsExactly(List.of("beneficiary"));
    }

    @Test
    void wordsThatShareAStemWithACueAreNotThatCue() {
        // « générations » is not « généreux », « compliquées » is not « complicité ».
        assertThat(of("Les générations futures jugeront la Turquie.", "TUR").evidence()).isEmpty();
        assertThat(of("La Turquie entretient des relations compliquées avec Washington.", "USA").evidence())
                .isEmpty();
        assertThat(of("Le Qatar a salué le geste généreux de la Turquie.", "TUR").stance()).isEqualTo(Stance.FAVOR);
    }

    @Test
    void extremistAndMistakeJudgeWhomTheyDescribe() {
        assertThat(describe(of("Selon l'opposition, le gouvernement israélien est extrémiste.", "ISR")))
                .anyMatch(line -> line.startsWith("extrémiste"));
        assertThat(describe(of("Pour le ministre, Washington a commis une erreur.", "USA")))
                .anyMatch(line -> line.startsWith("erreur"));
        assertThat(of("Les extrêmes droites européennes ont salué Israël.", "ISR").evidence())
                .noneMatch(e -> e.lemma().equals("extrémiste"));
    }

    @Test
    void lovingACountryFavoursIt() {
        // Present-tense forms only: « aimerait que » is a wish, not affection.
        assertThat(of("« J'aime la Turquie », a lancé le chanteur.", "TUR").stance()).isEqualTo(Stance.FAVOR);
        assertThat(of("Washington aimerait que la Turquie renonce à son projet.", "TUR").evidence())
                .noneMatch(e -> e.cue().startsWith("aime"));
    }

    private static List<List<String>> rulesOf(TargetStance stance) {
        return stance.evidence().stream().map(Evidence::rules).toList();
    }

    @Test
    void aRelativeClauseBelongsToTheTargetItsAntecedentNamesOrOwns() {
        // No comma: « qui » right after the demonym that qualifies its noun.
        assertThat(rulesOf(of("Les soldats américains qui ont bafoué la trêve seront jugés.", "USA")))
                .anyMatch(rules -> rules.contains("relative-antecedent"));
        // The target owns the noun phrase before the comma (« le ministre turc des Affaires étrangères »).
        assertThat(rulesOf(of("Le ministre turc des Affaires étrangères, qui a bafoué les règles, est reparti.", "TUR")))
                .anyMatch(rules -> rules.contains("relative-antecedent"));
        // The comma closes the relative: a long relative leaves the main verb to the antecedent.
        assertThat(rulesOf(of("La Turquie, qui avait promis en mars dernier à Moscou une pause de ses "
                + "opérations dans le nord, a bafoué la trêve.", "TUR")))
                .anyMatch(rules -> rules.contains("relative-antecedent"));
    }

    @Test
    void aRelativeClauseIsNotTheVictimsNorAcrossAVerbNorAfterCe() {
        assertThat(rulesOf(of("Les attaques contre la Turquie, qui ont bafoué la trêve, ont repris.", "TUR")))
                .noneMatch(rules -> rules.contains("relative-antecedent"));
        assertThat(rulesOf(of("Washington arme les rebelles syriens, qui ont bafoué la trêve.", "USA")))
                .noneMatch(rules -> rules.contains("relative-antecedent"));
        assertThat(rulesOf(of("La Turquie a fermé sa frontière, ce qui a bafoué la trêve.", "TUR")))
                .noneMatch(rules -> rules.contains("relative-antecedent"));
    }

    @Test
    void adventurismWarCriminalOpeningFireAndDismayingJudgeWhomTheyShould() {
        assertThat(describe(of("Téhéran dénonce l'aventurisme américain dans le Golfe.", "USA")))
                .contains("aventurisme (-aventurisme) → -0.70 [adjective-of-target]");
        // The war criminal is whom the speaker names, not the speaker's own side.
        assertThat(of("Le président turc a qualifié le chef de la junte de « criminel de guerre ».", "TUR").evidence())
                .isEmpty();
        assertThat(describe(of("Des policiers turcs ont ouvert le feu sur la foule.", "TUR")))
                .containsExactly("ouvert le feu (-ouvrir le feu) → -0.40 [agent-of-act]");
        assertThat(of("La réponse américaine est affligeante.", "USA").stance()).isEqualTo(Stance.AGAINST);
        assertThat(of("Des policiers turcs ont essuyé des tirs.", "TUR").evidence())
                .noneMatch(e -> e.lemma().equals("ouvrir le feu"));
    }

    @Test
    void aClauseOpenedByEtAndAnAuxiliarySharesTheSubjectBeforeIt() {
        assertThat(describe(of("Le Qatar a reçu les négociateurs et s'est dit prêt à aider la Turquie. "
                + "Ankara a rappelé son ambassadeur et s'est dite prête à contribuer à la paix.", "TUR")))
                .contains("prête à contribuer (+prêt à aider) → +0.50 [carried-subject]");
        // A noun after « et » is no verb; what a verb of speech names after « et » is its object.
        assertThat(rulesOf(of("Le Congrès a jugé le président turc pour abus de pouvoir et entrave à la justice.",
                "TUR"))).noneMatch(rules -> rules.contains("carried-subject"));
        assertThat(rulesOf(of("Le président américain a reçu son hôte et a salué « l'amitié » entre les peuples.",
                "USA"))).noneMatch(rules -> rules.contains("carried-subject"));
    }

    @Test
    void mediationEffortsBelongToTheirPossessor() {
        assertThat(describe(of("La Turquie multiplie ses efforts de médiation.", "TUR")))
                .containsExactly("efforts de médiation (+efforts de médiation) → +0.60 [possessor]");
        // Rejecting another party's offer of mediation is not mediating.
        assertThat(of("Israël a rejeté l'offre de médiation de l'Egypte.", "ISR").evidence()).isEmpty();
    }
}
