package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.geostance.evaluation.ReferencePolarity;
import org.geostance.testing.SharedSpark;
import org.geostance.text.AnalyzedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The features a learned decision sees, on paragraphs written for these tests. */
class StanceFeaturesTest {
    private static ReferencePolarity polarity;

    @BeforeAll
    static void smallLexicons(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("afinn_fr.json"), "{\"salué\": 2, \"à tort\": -2}");
        Files.writeString(folder.resolve("afinn_en.json"), "{\"praised\": 2}");
        Files.writeString(folder.resolve("vader_lexicon_en.txt"), "praised\t2.0\t0.5\t[2, 2]\n");
        Files.writeString(folder.resolve("pattern_fr.stemmed.json"), "{\"catastroph\": -0.8}");
        polarity = ReferencePolarity.load(folder);
    }

    private static Map<String, Double> features(String language, String paragraph, String target) {
        return features(language, paragraph, target, polarity);
    }

    private static Map<String, Double> features(String language, String paragraph, String target,
                                                ReferencePolarity polarity) {
        return features(language, paragraph, target, polarity, StanceFeatures.StemScope.SENTENCE);
    }

    private static Map<String, Double> features(String language, String paragraph, String target,
                                                ReferencePolarity polarity, StanceFeatures.StemScope stems) {
        AnalyzedText text = SharedSpark.analyzer().analyze(paragraph);
        var mentions = Fixtures.mentions(text, language, "2020-07");
        TargetStance stance = Fixtures.engine().score(text, language, mentions).stream()
                .filter(s -> s.target().equals(target)).findFirst().orElseThrow();
        return StanceFeatures.of(language, text, mentions, stance, polarity, stems);
    }

    @Test
    void theEnginesReadingIsAFeature() {
        Map<String, Double> turkey = features("fr", "Le ministre a condamné la Turquie.", "TUR");

        assertThat(turkey).containsEntry("engine:against", 1.0).containsEntry("basis:attached", 1.0)
                .containsKey("stem:condamn");
        // « Le ministre » speaks: the engine's speaker, not the author, holds the stance.
        assertThat(turkey).containsEntry("quoted", 1.0).containsEntry("holder-is-author", 0.0);
        assertThat(turkey.get("rule:object-of-verb")).isNegative();
        assertThat(turkey.get("score")).isNegative();
    }

    @Test
    void stemsAndPolarityAreTakenFromTheTargetsSentenceOnly() {
        String paragraph = "Les États-Unis ont salué l'accord. La Turquie a publié un communiqué catastrophique.";
        Map<String, Double> usa = features("fr", paragraph, "USA");
        Map<String, Double> turkey = features("fr", paragraph, "TUR");

        assertThat(usa).containsKey("stem:salu").doesNotContainKey("stem:publi")
                .containsEntry("target-sentence:afinn+", 0.4).containsEntry("other-sentence:pattern-", 0.8);
        assertThat(turkey).containsKey("stem:publi").doesNotContainKey("stem:salu")
                .containsEntry("other-sentence:afinn+", 0.4).containsEntry("target-sentence:pattern-", 0.8);
    }

    @Test
    void aScopeWithoutNamesLeavesOutCapitalisedWordsAndFigures() {
        String paragraph = "In Geneva on Tuesday, minister Halvorsen praised the United States for 2,000 tents.";
        Map<String, Double> all = features("en", paragraph, "USA", null, StanceFeatures.StemScope.SENTENCE);
        Map<String, Double> common = features("en", paragraph, "USA", null, new StanceFeatures.StemScope(false, 0));

        assertThat(all).containsKeys("stem:geneva", "stem:halvorsen", "stem:prais", "stem:tent");
        assertThat(common).containsKeys("stem:prais", "stem:tent", "stem:minist")
                .doesNotContainKeys("stem:geneva", "stem:tuesday", "stem:halvorsen", "stem:in");
        assertThat(common.keySet()).noneMatch(name -> name.startsWith("stem:") && name.matches(".*[0-9].*"));
    }

    @Test
    void openingsKeepTheFirstWordOfASentenceApartUnlessItIsAMention() {
        StanceFeatures.StemScope openings = new StanceFeatures.StemScope(false, 0, true);
        Map<String, Double> critics = features("en", "Critics said minister Halvorsen had misled the United States.",
                "USA", null, openings);
        Map<String, Double> washington = features("en", "Washington thanked Turkey for its help.", "TUR", null,
                openings);

        assertThat(critics).containsKeys("opening:critic", "stem:misl", "stem:minist")
                .doesNotContainKeys("stem:critic", "opening:halvorsen", "stem:halvorsen");
        assertThat(features("en", "Critics said minister Halvorsen had misled the United States.", "USA", null,
                new StanceFeatures.StemScope(false, 0))).doesNotContainKeys("opening:critic", "stem:critic");
        assertThat(features("fr", "Selon le ministre Dupont, les États-Unis ont menti.", "USA", null, openings))
                .containsKeys("opening:selon", "stem:ministr").doesNotContainKeys("opening:dupont", "stem:dupont");
        // Washington is a mention of the United States: a target, never an ordinary word.
        assertThat(washington).containsKey("stem:thank").doesNotContainKeys("opening:washington", "stem:washington");
    }

    @Test
    void aWindowKeepsOnlyTheWordsNearTheTarget() {
        String paragraph = "The minister of foreign affairs praised the United States warmly, and later that evening the"
                + " opposition leader, speaking at a long rally, complained about prices.";
        Map<String, Double> near = features("en", paragraph, "USA", null, new StanceFeatures.StemScope(true, 3));

        assertThat(near).containsKeys("stem:prais", "stem:warm").doesNotContainKeys("stem:complain", "stem:minist");
        assertThat(features("en", paragraph, "USA", null, StanceFeatures.StemScope.SENTENCE))
                .containsKeys("stem:complain", "stem:minist");
    }

    @Test
    void englishWordsAreLookedUpInAfinnAndVader() {
        Map<String, Double> usa = features("en", "The minister praised the United States.", "USA");

        assertThat(usa).containsEntry("target-sentence:afinn+", 0.4).containsEntry("target-sentence:vader+", 0.5)
                .containsEntry("engine:favor", 1.0);
    }

    @Test
    void withoutReferenceLexiconsThereAreNoPolarityFeatures() {
        String paragraph = "Les États-Unis ont salué l'accord. La Turquie a publié un communiqué catastrophique.";
        Map<String, Double> with = features("fr", paragraph, "USA");
        Map<String, Double> without = features("fr", paragraph, "USA", null);

        assertThat(with.keySet()).anyMatch(StanceFeatures::isPolarity);
        assertThat(without.keySet()).noneMatch(StanceFeatures::isPolarity).contains("stem:salu", "score");
        with.keySet().removeIf(StanceFeatures::isPolarity);
        assertThat(without).isEqualTo(with);
    }
}
