package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learned decision layer's fit and prediction, on small example sets written for these tests. */
class DecisionModelTest {
    private static final DecisionModel.Settings SETTINGS = new DecisionModel.Settings(0.1, 3, false);

    /** Ten pairs each: a praise cue is favor, a blame cue against, a plain report neutral. */
    private static List<DecisionModel.Example> threeKinds() {
        List<DecisionModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            examples.add(example(Map.of("rule:object-of-verb", 0.8, "stem:salu", 1.0), Stance.FAVOR));
            examples.add(example(Map.of("rule:object-of-verb", -0.8, "stem:condamn", 1.0), Stance.AGAINST));
            examples.add(example(Map.of("stem:annonc", 1.0), Stance.NEUTRAL));
        }
        return examples;
    }

    /** The layer's argmax, as the engine labels a pair when no margin is set. */
    private static Stance predicted(DecisionModel model, Map<String, Double> features) {
        return DecisionModel.argmax(model.probabilities("fr", features));
    }

    private static DecisionModel.Example example(Map<String, Double> features, Stance label) {
        return new DecisionModel.Example("fr", features, label);
    }

    @Test
    void learnsWhichFeaturesCarryWhichStance() {
        DecisionModel model = DecisionModel.fit(threeKinds(), SETTINGS);

        assertThat(predicted(model, Map.of("rule:object-of-verb", 0.8))).isEqualTo(Stance.FAVOR);
        assertThat(predicted(model, Map.of("stem:condamn", 1.0))).isEqualTo(Stance.AGAINST);
        assertThat(predicted(model, Map.of("stem:annonc", 1.0))).isEqualTo(Stance.NEUTRAL);
        assertThat(Arrays.stream(model.probabilities("fr", Map.of("stem:salu", 1.0))).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(model.knows("fr")).isTrue();
        assertThat(model.knows("en")).as("one layer per language trained on").isFalse();
    }

    @Test
    void theStrongestFeaturesTowardAStanceAreItsOwnCues() {
        DecisionModel model = DecisionModel.fit(threeKinds(), SETTINGS);

        assertThat(model.strongest("fr", Stance.AGAINST, 1)).extracting(Map.Entry::getKey)
                .containsExactly("stem:condamn");
        assertThat(model.strongest("fr", Stance.FAVOR, 2)).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("stem:salu", "rule:object-of-verb");
    }

    @Test
    void theSameExamplesGiveTheSameWeights() {
        Map<String, Double> probe = Map.of("rule:object-of-verb", -0.3, "stem:salu", 1.0);

        assertThat(DecisionModel.fit(threeKinds(), SETTINGS).probabilities("fr", probe))
                .containsExactly(DecisionModel.fit(threeKinds(), SETTINGS).probabilities("fr", probe));
    }

    @Test
    void aStemInFewerTrainingPairsThanTheMinimumIsNoFeature() {
        List<DecisionModel.Example> examples = threeKinds();
        examples.add(example(Map.of("stem:rar", 1.0), Stance.AGAINST));
        examples.add(example(Map.of("stem:rar", 1.0), Stance.AGAINST));
        Map<String, Double> withRare = Map.of("stem:annonc", 1.0, "stem:rar", 1.0);
        Map<String, Double> without = Map.of("stem:annonc", 1.0);

        DecisionModel minimumThree = DecisionModel.fit(examples, SETTINGS);
        assertThat(minimumThree.probabilities("fr", withRare)).containsExactly(minimumThree.probabilities("fr", without));
        DecisionModel minimumTwo = DecisionModel.fit(examples, new DecisionModel.Settings(0.1, 2, false));
        assertThat(minimumTwo.probabilities("fr", withRare)[1]).isGreaterThan(minimumTwo.probabilities("fr", without)[1]);
    }

    @Test
    void balancedClassWeightsRaiseARareClass() {
        List<DecisionModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            examples.add(example(Map.of("evidence:negative", i % 2 == 0 ? 0.2 : 0.0), Stance.NEUTRAL));
        }
        examples.add(example(Map.of("evidence:negative", 0.6), Stance.AGAINST));
        examples.add(example(Map.of("evidence:negative", 0.8), Stance.AGAINST));
        examples.add(example(Map.of("evidence:positive", 0.6), Stance.FAVOR));
        Map<String, Double> weakBlame = Map.of("evidence:negative", 0.4);

        double plain = DecisionModel.fit(examples, SETTINGS).probabilities("fr", weakBlame)[1];
        double balanced = DecisionModel.fit(examples, new DecisionModel.Settings(0.1, 3, true))
                .probabilities("fr", weakBlame)[1];
        assertThat(balanced).isGreaterThan(plain);
    }

    @Test
    void aLayerWrittenToItsFileReadsBackToTheSamePredictions(@TempDir Path folder) throws Exception {
        DecisionModel model = DecisionModel.fit(threeKinds(), SETTINGS);
        Files.writeString(DecisionModel.file(folder, "fr"), model.format("fr", List.of("written by a test")));
        List<Path> loaded = new ArrayList<>();

        DecisionModel read = DecisionModel.load(folder, List.of("fr", "en"), loaded);

        assertThat(loaded).containsExactly(DecisionModel.file(folder, "fr"));
        assertThat(read.knows("fr")).isTrue();
        assertThat(read.knows("en")).isFalse();
        Map<String, Double> praise = Map.of("rule:object-of-verb", 0.5, "stem:salu", 1.0, "stem:inconnu", 1.0);
        assertThat(read.probabilities("fr", praise)).containsExactly(model.probabilities("fr", praise));
        assertThat(predicted(read, praise)).isEqualTo(Stance.FAVOR);
        assertThat(read.format("fr", List.of("written by a test"))).isEqualTo(model.format("fr", List.of("written by a test")));
    }

    @Test
    void aLayerReadsBackTheScopeOfItsStems(@TempDir Path folder) throws Exception {
        StanceFeatures.StemScope nearWithoutNames = new StanceFeatures.StemScope(false, 5);
        DecisionModel model = DecisionModel.fit(threeKinds(), new DecisionModel.Settings(0.1, 3, false, nearWithoutNames));
        Files.writeString(DecisionModel.file(folder, "fr"), model.format("fr", List.of()));

        DecisionModel read = DecisionModel.load(folder, List.of("fr"), new ArrayList<>());

        assertThat(read.stemScope("fr")).isEqualTo(nearWithoutNames);
        assertThat(DecisionModel.fit(threeKinds(), SETTINGS).stemScope("fr")).isEqualTo(StanceFeatures.StemScope.SENTENCE);
        assertThat(StanceFeatures.StemScope.parse(StanceFeatures.StemScope.SENTENCE.toString()))
                .isEqualTo(StanceFeatures.StemScope.SENTENCE);
    }

    @Test
    void aSentencesOpeningWordCountsAsItsStemOnlyWhenTheStemIsAlsoWrittenInLowerCase(@TempDir Path folder)
            throws Exception {
        StanceFeatures.StemScope openings = new StanceFeatures.StemScope(false, 0, true);
        List<DecisionModel.Example> examples = new ArrayList<>(threeKinds());
        for (int i = 0; i < 5; i++) {
            // "Condamnant …" opens a sentence, "Dupont …" too: only condamn- is also met in lower case.
            examples.add(example(Map.of("opening:condamn", 1.0, "rule:object-of-verb", -0.2), Stance.AGAINST));
            examples.add(example(Map.of("opening:dupont", 1.0), Stance.FAVOR));
        }
        DecisionModel model = DecisionModel.fit(examples, new DecisionModel.Settings(0.1, 3, false, openings));
        Files.writeString(DecisionModel.file(folder, "fr"), model.format("fr", List.of()));
        DecisionModel read = DecisionModel.load(folder, List.of("fr"), new ArrayList<>());

        assertThat(model.format("fr", List.of())).contains("stem:condamn\t").doesNotContain("dupont", "opening:");
        assertThat(read.stemScope("fr")).isEqualTo(openings);
        assertThat(read.probabilities("fr", Map.of("opening:condamn", 1.0)))
                .containsExactly(read.probabilities("fr", Map.of("stem:condamn", 1.0)));
        assertThat(predicted(read, Map.of("opening:condamn", 1.0))).isEqualTo(Stance.AGAINST);
        assertThat(read.probabilities("fr", Map.of("opening:dupont", 1.0)))
                .containsExactly(read.probabilities("fr", Map.of()));
    }

    @Test
    void aScopeReadsBackWithItsOpenings() {
        for (StanceFeatures.StemScope scope : List.of(new StanceFeatures.StemScope(false, 5, true),
                new StanceFeatures.StemScope(false, 0, true), new StanceFeatures.StemScope(false, 5))) {
            assertThat(StanceFeatures.StemScope.parse(scope.toString())).isEqualTo(scope);
        }
        assertThatThrownBy(() -> new StanceFeatures.StemScope(true, 0, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLayerFileWithoutTheScopeOfItsStemsIsRefused(@TempDir Path folder) throws Exception {
        Files.writeString(DecisionModel.file(folder, "fr"), "# version: x\n(intercept)\t0.0\t1.0\t0\t0\t0\n");

        assertThatThrownBy(() -> DecisionModel.load(folder, List.of("fr"), new ArrayList<>()))
                .isInstanceOf(InvalidLexiconException.class).hasMessageContaining("stems");
    }

    @Test
    void aMalformedLayerFileIsNamedWithItsLine(@TempDir Path folder) throws Exception {
        Files.writeString(DecisionModel.file(folder, "fr"), "# version: x\n(intercept)\t0.0\t1.0\t0\t0\t0\nstem:salu\t0.1\n");

        assertThatThrownBy(() -> DecisionModel.load(folder, List.of("fr"), new ArrayList<>()))
                .isInstanceOf(InvalidLexiconException.class).hasMessageContaining("decision.fr.tsv:3:");
    }

    @Test
    void aLabelWithinTheMarginIsTheFallbacksAndOneBeyondItTheArgmax() {
        DecisionModel model = DecisionModel.fit(threeKinds(), SETTINGS);
        double[] closeCall = {0.42, 0.40, 0.18};
        double[] clear = {0.70, 0.20, 0.10};

        assertThat(model.label("fr", closeCall, Stance.AGAINST)).as("no margin: the argmax").isEqualTo(Stance.FAVOR);
        DecisionModel keepHand = model.withMargin(new DecisionModel.Margin(0.1, DecisionModel.Fallback.HAND));
        assertThat(keepHand.label("fr", closeCall, Stance.AGAINST)).isEqualTo(Stance.AGAINST);
        assertThat(keepHand.label("fr", clear, Stance.AGAINST)).isEqualTo(Stance.FAVOR);
        DecisionModel sayNeutral = model.withMargin(new DecisionModel.Margin(0.1, DecisionModel.Fallback.NEUTRAL));
        assertThat(sayNeutral.label("fr", closeCall, Stance.AGAINST)).isEqualTo(Stance.NEUTRAL);
        assertThat(sayNeutral.label("fr", clear, Stance.AGAINST)).isEqualTo(Stance.FAVOR);
        assertThat(sayNeutral.label("fr", new double[] {0.40, 0.15, 0.45}, Stance.FAVOR))
                .as("the next class is what the top must beat, neutral included").isEqualTo(Stance.NEUTRAL);
        assertThat(keepHand.label("fr", new double[] {0.40, 0.15, 0.45}, Stance.FAVOR)).isEqualTo(Stance.FAVOR);
    }
}
