package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geostance.targets.AliasKind;
import org.geostance.targets.Mention;
import org.geostance.testing.SharedSpark;
import org.geostance.text.AnalyzedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of the engine, on French and English sentences written for these tests. */
class StanceRulesTest {
    /** Article date for leaders' terms of office. */
    private static final String DATE = "2020-07";
    private final StanceEngine engine = Fixtures.engine();

    private List<TargetStance> score(String language, String paragraph) {
        AnalyzedText text = SharedSpark.analyzer().analyze(paragraph);
        return engine.score(text, language, Fixtures.mentions(text, language, DATE));
    }

    private TargetStance of(String language, String paragraph, String target) {
        return score(language, paragraph).stream().filter(t -> t.target().equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError(target + " not mentioned in: " + paragraph));
    }

    private Stance stance(String language, String paragraph, String target) {
        return of(language, paragraph, target).stance();
    }

    // ------------------------------------------------------------------ negation

    @Test
    void negationFlipsAPraiseVerbIntoCriticism() {
        TargetStance usa = of("fr", "Le peuple ne salue pas la présence des États-Unis.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(usa.evidence()).extracting(Evidence::describe)
                .containsExactly("négation: ne salue pas (+saluer) → -0.80 [object-of-verb]");
        assertThat(usa.evidence().get(0).cue()).isEqualTo("ne salue pas");
        assertThat(stance("fr", "Le peuple salue la présence des États-Unis.", "USA")).isEqualTo(Stance.FAVOR);
        assertThat(stance("en", "The people do not welcome the presence of the United States.", "USA"))
                .isEqualTo(Stance.AGAINST);
        assertThat(stance("en", "The people welcome the presence of the United States.", "USA")).isEqualTo(Stance.FAVOR);
    }

    @Test
    void negatedCondemnationIsNotAgainst() {
        assertThat(stance("fr", "Le gouvernement n'a pas condamné la Turquie.", "TUR")).isNotEqualTo(Stance.AGAINST);
        assertThat(stance("en", "The government did not condemn Turkey.", "TUR")).isNotEqualTo(Stance.AGAINST);
    }

    @Test
    void negationScopeEndsAtTheClauseBoundary() {
        // The negated verb is in the first clause; the praise in the second clause is not negated.
        String fr = "Le ministre ne critique pas l'Iran, et il salue la Turquie.";
        assertThat(stance("fr", fr, "TUR")).isEqualTo(Stance.FAVOR);
        assertThat(of("fr", fr, "TUR").evidence()).allSatisfy(e -> assertThat(e.rules()).doesNotContain("negated"));
        String en = "The minister did not criticize Iran, but he praised Turkey.";
        assertThat(stance("en", en, "TUR")).isEqualTo(Stance.FAVOR);
        assertThat(of("en", en, "TUR").evidence()).allSatisfy(e -> assertThat(e.rules()).doesNotContain("negated"));
    }

    @Test
    void notOnlyIsNotANegation() {
        assertThat(stance("fr", "Paris a non seulement salué la Turquie, mais aussi la Grèce.", "TUR"))
                .isEqualTo(Stance.FAVOR);
        assertThat(stance("en", "Paris not only praised Turkey but also Greece.", "TUR")).isEqualTo(Stance.FAVOR);
    }

    // ------------------------------------------------------------------ contrast and intensity

    @Test
    void theClauseAfterButDecides() {
        String fr = "Le ministre a salué la Turquie pour son aide, mais il a vivement condamné la Turquie pour son offensive.";
        TargetStance tur = of("fr", fr, "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.AGAINST);
        assertThat(tur.evidence()).anySatisfy(e -> assertThat(e.rules()).contains("after-contrast"));
        String en = "The minister praised Turkey for its help, but he sharply criticized Turkey over the offensive.";
        assertThat(stance("en", en, "TUR")).isEqualTo(Stance.AGAINST);
        // Reversed order: the praise comes after « mais » and wins.
        assertThat(stance("fr", "Le ministre a critiqué la Turquie, mais il a chaleureusement remercié la Turquie.", "TUR"))
                .isEqualTo(Stance.FAVOR);
        assertThat(stance("en", "The minister criticized Turkey, however he warmly thanked Turkey.", "TUR"))
                .isEqualTo(Stance.FAVOR);
    }

    @Test
    void intensifiersAndAttenuatorsScaleTheCue() {
        double plain = of("fr", "Le ministre a critiqué Israël.", "ISR").score();
        TargetStance strong = of("fr", "Le ministre a sévèrement critiqué Israël.", "ISR");
        TargetStance weak = of("fr", "Le ministre a légèrement critiqué Israël.", "ISR");
        assertThat(strong.score()).isLessThan(plain);
        assertThat(strong.evidence().get(0).rules()).contains("intensified");
        assertThat(weak.score()).isGreaterThan(plain);
        assertThat(weak.evidence().get(0).rules()).contains("attenuated");
        double plainEn = of("en", "The minister criticized Israel.", "ISR").score();
        assertThat(of("en", "The minister strongly criticized Israel.", "ISR").score()).isLessThan(plainEn);
        assertThat(of("en", "The minister slightly criticized Israel.", "ISR").score()).isGreaterThan(plainEn);
    }

    // ------------------------------------------------------------------ attachment

    @Test
    void agentOfAHostileActIsAgainstAndTheVictimIsNot() {
        String fr = "Le Caire dénonce l'attaque contre la Turquie et l'agression israélienne.";
        assertThat(stance("fr", fr, "TUR")).isNotEqualTo(Stance.AGAINST);
        assertThat(stance("fr", fr, "ISR")).isEqualTo(Stance.AGAINST);
        assertThat(stance("fr", "La guerre contre la Turquie a fait des milliers de morts.", "TUR"))
                .isNotEqualTo(Stance.AGAINST);
        assertThat(stance("fr", "Les sanctions imposées par les États-Unis étranglent l'économie.", "USA"))
                .isEqualTo(Stance.AGAINST);
        assertThat(of("fr", "Les sanctions imposées par les États-Unis étranglent l'économie.", "USA").evidence())
                .anySatisfy(e -> assertThat(e.rules()).contains("agent-of-act"));
        assertThat(stance("en", "Cairo denounced the attack on Turkey.", "TUR")).isNotEqualTo(Stance.AGAINST);
        assertThat(stance("en", "Cairo denounced Israeli aggression.", "ISR")).isEqualTo(Stance.AGAINST);
        assertThat(stance("en", "The sanctions imposed by the United States are strangling the economy.", "USA"))
                .isEqualTo(Stance.AGAINST);
        assertThat(stance("en", "The war against Turkey killed thousands.", "TUR")).isNotEqualTo(Stance.AGAINST);
    }

    @Test
    void objectOfAnEvaluativeVerb() {
        TargetStance usa = of("fr", "Le porte-parole a fustigé les États-Unis.", "USA");
        assertThat(usa.stance()).isEqualTo(Stance.AGAINST);
        assertThat(usa.evidence().get(0).rules()).contains("object-of-verb");
        assertThat(stance("fr", "Le président salue la Turquie.", "TUR")).isEqualTo(Stance.FAVOR);
        assertThat(stance("en", "The spokesman lambasted the United States.", "USA")).isEqualTo(Stance.AGAINST);
        assertThat(stance("en", "The president praised Turkey.", "TUR")).isEqualTo(Stance.FAVOR);
        // The subject of the verb is the speaker, not its object.
        assertThat(stance("fr", "Ankara condamne la décision.", "TUR")).isEqualTo(Stance.NEUTRAL);
        assertThat(stance("en", "Ankara condemned the decision.", "TUR")).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void whatATargetIsAccusedOfIsNotPraise() {
        String en = "Officials accused the United States of helping Turkey expand its occupation.";
        assertThat(stance("en", en, "USA")).isEqualTo(Stance.AGAINST);
        assertThat(of("en", en, "TUR").evidence()).noneSatisfy(e -> assertThat(e.weight()).isPositive());
        String fr = "Les responsables ont accusé les États-Unis d'aider la Turquie à étendre son occupation.";
        assertThat(stance("fr", fr, "USA")).isEqualTo(Stance.AGAINST);
        assertThat(of("fr", fr, "TUR").evidence()).noneSatisfy(e -> assertThat(e.weight()).isPositive());
    }

    @Test
    void twoTargetsInOneSentenceGetOppositeStances() {
        String fr = "Ankara salue la médiation américaine mais condamne l'agression israélienne.";
        assertThat(stance("fr", fr, "USA")).isEqualTo(Stance.FAVOR);
        assertThat(stance("fr", fr, "ISR")).isEqualTo(Stance.AGAINST);
        assertThat(stance("fr", fr, "TUR")).isEqualTo(Stance.NEUTRAL);
        TargetStance tur = of("fr", fr, "TUR");
        assertThat(tur.evidence()).isEmpty();
        String en = "Ankara welcomed the American mediation but condemned Israeli aggression.";
        assertThat(stance("en", en, "USA")).isEqualTo(Stance.FAVOR);
        assertThat(stance("en", en, "ISR")).isEqualTo(Stance.AGAINST);
        assertThat(stance("en", en, "TUR")).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void aCueWithNoTargetInItsSentenceDoesNotCount() {
        TargetStance tur = of("fr", "La Turquie a reçu le ministre. L'agression a été condamnée par tous.", "TUR");
        assertThat(tur.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(tur.evidence()).isEmpty();
        TargetStance en = of("en", "Turkey received the minister. The aggression was condemned by all.", "TUR");
        assertThat(en.evidence()).isEmpty();
    }

    @Test
    void describedAsAttachesTheAttributeToTheDescribedTarget() {
        assertThat(stance("fr", "Le guide suprême a qualifié Israël d'occupant.", "ISR")).isEqualTo(Stance.AGAINST);
        assertThat(stance("en", "The leader called Turkey a reliable ally of the region.", "TUR")).isEqualTo(Stance.FAVOR);
    }

    @Test
    void aVerbOfSpeechCountsForEveryCoordinatedObject() {
        String fr = "Le ministre a remercié Washington et Israël pour leur aide.";
        assertThat(stance("fr", fr, "USA")).isEqualTo(Stance.FAVOR);
        assertThat(stance("fr", fr, "ISR")).isEqualTo(Stance.FAVOR);
        assertThat(of("fr", fr, "ISR").evidence()).anySatisfy(e -> assertThat(e.lemma()).isEqualTo("remercier"));
        String en = "The minister condemned the United States and Israel.";
        assertThat(stance("en", en, "USA")).isEqualTo(Stance.AGAINST);
        assertThat(stance("en", en, "ISR")).isEqualTo(Stance.AGAINST);
        // A reference that starts a new predicate is not part of the object.
        assertThat(stance("en", "The minister condemned Iran and Turkey said nothing.", "TUR")).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void aThreatOrWarningIsAgainstItsObjectNotItsAuthor() {
        assertThat(stance("fr", "Washington a menacé d'exclure la Turquie du programme.", "TUR")).isEqualTo(Stance.AGAINST);
        assertThat(stance("fr", "Washington a menacé d'exclure la Turquie du programme.", "USA")).isEqualTo(Stance.NEUTRAL);
        assertThat(stance("en", "The president warned Turkey not to push into Syria.", "TUR")).isEqualTo(Stance.AGAINST);
    }

    @Test
    void aPlainReportOfAStrikeIsNeutralAnAggressionIsNot() {
        assertThat(stance("en", "An Israeli airstrike killed seven people in Gaza on Monday.", "ISR")).isEqualTo(Stance.NEUTRAL);
        assertThat(stance("en", "Cairo denounced the Israeli aggression on Gaza.", "ISR")).isEqualTo(Stance.AGAINST);
        assertThat(stance("fr", "Une frappe de drone américaine a visé un convoi près de l'aéroport.", "USA"))
                .isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void anActWithANamedAgentThatIsNoTargetIsNotPinnedOnTheNearestTarget() {
        String en = "Biden recognized the massacres of Armenians by Ottoman forces, the first U.S. president to do so.";
        assertThat(stance("en", en, "USA")).isNotEqualTo(Stance.AGAINST);
    }

    @Test
    void someoneElsesAlliesAreNotPraiseOfTheTarget() {
        assertThat(stance("fr", "L'Amérique a abandonné ses alliés.", "USA")).isNotEqualTo(Stance.FAVOR);
        assertThat(stance("en", "Turkey threatened American partners in Syria.", "USA")).isNotEqualTo(Stance.FAVOR);
        assertThat(stance("fr", "Le ministre a rencontré l'allié américain.", "USA")).isEqualTo(Stance.FAVOR);
    }

    @Test
    void aPejorativeLabelIsHostileToTheTargetItNames() {
        TargetStance isr = of("en", "The Zionist regime will face a huge earthquake, the minister said.", "ISR");
        assertThat(isr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(isr.evidence()).singleElement().satisfies(e -> assertThat(e.rules()).contains("pejorative-label"));
        assertThat(stance("fr", "L'État hébreu a reçu le ministre.", "ISR")).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void slogansAgainstTwoTargetsDoNotNegateEachOther() {
        String fr = "La foule scandait « Non à l'Amérique, non à Israël ».";
        assertThat(stance("fr", fr, "USA")).isEqualTo(Stance.AGAINST);
        assertThat(stance("fr", fr, "ISR")).isEqualTo(Stance.AGAINST);
        assertThat(of("fr", fr, "ISR").evidence()).allSatisfy(e -> assertThat(e.rules()).doesNotContain("negated"));
    }

    // ------------------------------------------------------------------ speakers

    @Test
    void quotedSpeakerIsTheHolderAndTheQuoteStillCounts() {
        TargetStance fr = of("fr", "« Les États-Unis sont un occupant illégal », a déclaré Nasrallah.", "USA");
        assertThat(fr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(fr.holder()).isEqualTo("Nasrallah");
        assertThat(fr.holderCountry()).isEqualTo("LBN");
        assertThat(fr.evidence()).allSatisfy(e -> assertThat(e.rules()).contains("quoted"));
        TargetStance en = of("en", "\"The United States is an illegal occupier,\" said Nasrallah.", "USA");
        assertThat(en.stance()).isEqualTo(Stance.AGAINST);
        assertThat(en.holder()).isEqualTo("Nasrallah");
        TargetStance according = of("en", "According to the Iranian commander, Turkey must realize that its troops are a problem.", "TUR");
        assertThat(according.stance()).isEqualTo(Stance.AGAINST);
        assertThat(according.holderCountry()).isEqualTo("IRN");
        TargetStance selon = of("fr", "Selon le commandant iranien, la Turquie traîne des pieds.", "TUR");
        assertThat(selon.holder()).isEqualTo("le commandant iranien");
        assertThat(selon.holderCountry()).isEqualTo("IRN");
    }

    @Test
    void aCapitalSpeakingForItsStateGivesTheHolderItsCountry() {
        TargetStance fr = of("fr", "Moscou a vivement condamné les frappes américaines sur la base.", "USA");
        assertThat(fr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(fr.holder()).isEqualTo("Moscou");
        assertThat(fr.holderCountry()).isEqualTo("RUS");
        TargetStance en = of("en", "Tehran denounced the Turkish operation as a violation of Iraqi sovereignty.", "TUR");
        assertThat(en.holder()).isEqualTo("Tehran");
        assertThat(en.holderCountry()).isEqualTo("IRN");
    }

    @Test
    void aPronounSpeakerIsTheOnePersonNamedBefore() {
        TargetStance fr = of("fr", "Le ministre iranien Zarif est arrivé mardi. « Les États-Unis sont des menteurs », a-t-il ajouté.", "USA");
        assertThat(fr.stance()).isEqualTo(Stance.AGAINST);
        assertThat(fr.holder()).isEqualTo("Zarif");
        assertThat(fr.holderCountry()).isEqualTo("IRN");
        TargetStance en = of("en", "Iran's foreign minister Zarif arrived on Tuesday. \"America is a liar,\" he said.", "USA");
        assertThat(en.holder()).isEqualTo("Zarif");
        TargetStance after = of("fr", "« Nous soutenons la Turquie », a déclaré Poutine. Il a ensuite fustigé Israël.", "ISR");
        assertThat(after.holder()).isEqualTo("Poutine");
        assertThat(after.holderCountry()).isEqualTo("RUS");
        // A leader of a target is resolved to that target's country through data/targets.json.
        TargetStance leader = of("en", "Erdogan arrived in Baku. \"Israel is a terrorist state,\" he said.", "ISR");
        assertThat(leader.holderCountry()).isEqualTo("TUR");
        // Two people named and nobody quoted yet: the pronoun stays unresolved.
        TargetStance two = of("en", "Ali Khamenei met Vladimir Putin. \"America is a liar,\" he said.", "USA");
        assertThat(two.holder()).isEqualTo("author");
    }

    @Test
    void aSecondSpeakerInTheSameSentenceHoldsHisOwnClause() {
        // The first verb's subject speaks up to the clause where another subject takes the floor.
        for (String link : List.of("tandis que", "alors que", "pendant que")) {
            TargetStance isr = of("fr", "Le Qatar a salué la trêve, " + link + " l'Iran a fustigé l'agression "
                    + "israélienne contre Gaza.", "ISR");
            assertThat(isr.stance()).as(link).isEqualTo(Stance.AGAINST);
            assertThat(isr.holder()).as(link).isEqualTo("Iran");
        }
        for (String link : List.of("while", "whereas")) {
            TargetStance isr = of("en", "Qatar welcomed the truce, " + link + " Iran condemned Israel.", "ISR");
            assertThat(isr.stance()).as(link).isEqualTo(Stance.AGAINST);
            assertThat(isr.holder()).as(link).isEqualTo("Iran");
        }
        // Without a subject of its own, a second verb is still the first speaker's.
        TargetStance same = of("fr", "Le Qatar a salué la trêve et a fustigé l'agression israélienne.", "ISR");
        assertThat(same.holder()).isEqualTo("Qatar");
    }

    @Test
    void anEvaluativeVerbAfterAQuoteIntroducesItsSpeaker() {
        List<TargetStance> all = score("fr", "« Cette visite marque un tournant pour Israël », s'est félicité le président turc.");
        TargetStance tur = all.stream().filter(t -> t.target().equals("TUR")).findFirst().orElseThrow();
        assertThat(tur.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(tur.evidence()).isEmpty();
    }

    @Test
    void authorHoldsUnquotedText() {
        TargetStance tur = of("fr", "La Turquie mène une politique hostile dans la région.", "TUR");
        assertThat(tur.holder()).isEqualTo("author");
        assertThat(tur.holderCountry()).isNull();
    }

    // ------------------------------------------------------------------ scores and contract

    @Test
    void scoresConfidenceAndOrder() {
        List<TargetStance> all = score("fr", "Israël et la Turquie ont signé un accord ; les États-Unis ont salué la Turquie.");
        assertThat(all).extracting(TargetStance::target).containsExactly("ISR", "TUR", "USA");
        for (TargetStance ts : all) {
            assertThat(ts.score()).isBetween(-1.0, 1.0);
            assertThat(ts.confidence()).isBetween(0.0, 1.0);
        }
        TargetStance strong = of("fr", "Le ministre a vivement condamné l'agression israélienne et les crimes de guerre d'Israël.", "ISR");
        // Compared within one label: each label's confidence is scaled by its own held-out rate.
        TargetStance weak = of("fr", "Le ministre a critiqué Israël.", "ISR");
        assertThat(strong.evidenceClass().keys()).first().isEqualTo("fr against attached strong agreeing quoted");
        assertThat(weak.evidenceClass().keys()).first().isEqualTo("fr against attached weak agreeing quoted");
        assertThat(weak.confidence()).isLessThan(strong.confidence());
        TargetStance conflicting = of("fr", "Le ministre a salué la Turquie et a condamné la Turquie.", "TUR");
        assertThat(conflicting.evidenceClass().agreeing()).isFalse();
    }

    @Test
    void otherLanguagesAreNeutralWithLowConfidence() {
        AnalyzedText text = SharedSpark.analyzer().analyze("Die Türkei verurteilt Israel.");
        List<Mention> mentions = List.of(new Mention("ISR", "Israel", AliasKind.NAME, 3, 4, 21, 27));
        List<TargetStance> out = engine.score(text, "de", mentions);
        assertThat(out).singleElement().satisfies(ts -> {
            assertThat(ts.stance()).isEqualTo(Stance.NEUTRAL);
            assertThat(ts.score()).isZero();
            assertThat(ts.confidence()).isLessThan(0.3);
            assertThat(ts.evidence()).isEmpty();
        });
        assertThat(engine.score(text, "fr", List.of())).isEmpty();
    }

    @Test
    void evidenceOffsetsPointAtTheCue() {
        String paragraph = "Washington a fustigé la Turquie.";
        TargetStance tur = of("fr", paragraph, "TUR");
        Evidence e = tur.evidence().get(0);
        assertThat(paragraph.substring(e.begin(), e.end())).isEqualTo(e.cue()).isEqualTo("fustigé");
        assertThat(e.lemma()).isEqualTo("fustiger");
        assertThat(e.target()).isEqualTo("TUR");
    }

    // ------------------------------------------------------------------ lexicon loading

    @Test
    void lexiconDigestAndSizes() {
        assertThat(engine.digest()).hasSize(64).isEqualTo(StanceEngine.load(Fixtures.LEXICONS).digest());
        assertThat(engine.cueCounts().get("fr")).isGreaterThan(150);
        assertThat(engine.cueCounts().get("en")).isGreaterThan(150);
        assertThat(engine.versions()).containsKeys("fr", "en");
    }

    @Test
    void invalidLexiconsNameFileAndLine(@TempDir Path dir) throws IOException {
        copyLexicons(dir);
        Files.writeString(dir.resolve("fr.tsv"), "# version: 0\nagression\t-0.8\tframing\nsaluer\tbeaucoup\tspeech-verb\n");
        assertThatThrownBy(() -> StanceEngine.load(dir)).isInstanceOf(InvalidLexiconException.class)
                .hasMessage("fr.tsv:3: weight 'beaucoup' is not a number");
        Files.writeString(dir.resolve("fr.tsv"), "# version: 0\nagression\t-0.8\tframng\n");
        assertThatThrownBy(() -> StanceEngine.load(dir)).hasMessageStartingWith("fr.tsv:2: unknown class 'framng'");
        Files.writeString(dir.resolve("fr.tsv"), "# version: 0\nagression\t-0.8\tframing\nagressions\t-0.7\tframing\n");
        assertThatThrownBy(() -> StanceEngine.load(dir)).hasMessageStartingWith("fr.tsv:3: 'agressions' matches the same stems");
        Files.writeString(dir.resolve("fr.tsv"), "agression\t-0.8\tframing\n");
        assertThatThrownBy(() -> StanceEngine.load(dir)).hasMessageContaining("fr.tsv:1: entry before the '# version: X' header");
        Files.writeString(dir.resolve("fr.tsv"), "# version: 0\nagression\t-1.8\tframing\n");
        assertThatThrownBy(() -> StanceEngine.load(dir)).hasMessageStartingWith("fr.tsv:2: weight -1.8 outside");
        copyLexicons(dir);
        Files.writeString(dir.resolve("en.function.tsv"), "not\tnegator\nvery\tintensifier\n");
        assertThatThrownBy(() -> StanceEngine.load(dir)).hasMessage("en.function.tsv:2: intensifier needs a factor");
    }

    /** The words the rules read one by one are classes of the function-word files, not literals in the rules. */
    @Test
    void wordsReadOneByOneAreFunctionWordClasses() {
        Lexicon en = Lexicon.load(Fixtures.LEXICONS, "en", new java.util.ArrayList<>());
        Lexicon fr = Lexicon.load(Fixtures.LEXICONS, "fr", new java.util.ArrayList<>());
        assertThat(rolesOf(en, "whose")).contains(Fn.RELATIVE, Fn.BOUNDARY);
        assertThat(rolesOf(en, "to")).contains(Fn.ACCORDING_PREPOSITION);
        assertThat(rolesOf(en, "she")).contains(Fn.PERSON, Fn.SUBJECT_PRONOUN);
        assertThat(rolesOf(en, "his")).contains(Fn.PERSON, Fn.POSSESSIVE);
        assertThat(rolesOf(en, "they")).contains(Fn.GROUP_PRONOUN).doesNotContain(Fn.PERSON);
        assertThat(rolesOf(en, "our")).contains(Fn.SPEAKER_POSSESSIVE);
        assertThat(rolesOf(en, "its")).doesNotContain(Fn.SPEAKER_POSSESSIVE, Fn.PERSON);
        assertThat(rolesOf(en, "from")).contains(Fn.PLACE_PREPOSITION, Fn.SOURCE_PREPOSITION);
        assertThat(rolesOf(en, "in")).contains(Fn.PLACE_PREPOSITION).doesNotContain(Fn.SOURCE_PREPOSITION);
        assertThat(rolesOf(en, "unless")).contains(Fn.CONDITION);
        assertThat(rolesOf(en, "'s")).containsExactly(Fn.GENITIVE);
        assertThat(rolesOf(fr, "vos")).contains(Fn.SPEAKER_POSSESSIVE, Fn.POSSESSIVE);
        assertThat(rolesOf(fr, "leurs")).doesNotContain(Fn.SPEAKER_POSSESSIVE);
        assertThat(rolesOf(fr, "a")).contains(Fn.PLACE_PREPOSITION); // « à », folded; « a » (has) drops it
        assertThat(rolesOf(fr, "l'")).contains(Fn.ELIDED_OBJECT);
        assertThat(rolesOf(fr, "le")).doesNotContain(Fn.ELIDED_OBJECT);
    }

    private static List<Fn> rolesOf(Lexicon lexicon, String key) {
        long bits = lexicon.fn(key, "");
        return java.util.Arrays.stream(Fn.values()).filter(role -> (bits & role.bit()) != 0).toList();
    }

    private static void copyLexicons(Path dir) throws IOException {
        for (String f : new String[] {"fr.tsv", "fr.function.tsv", "en.tsv", "en.function.tsv", ConfidenceTable.FILE}) {
            Files.copy(Fixtures.LEXICONS.resolve(f), dir.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
