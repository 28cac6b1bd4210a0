package org.geostance.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geostance.stance.StanceFeatures;
import org.geostance.stance.DecisionModel;
import org.geostance.stance.Stance;
import org.geostance.stance.TargetStance;
import org.junit.jupiter.api.Test;

/** Measuring a learned decision against the engine's, on pairs built for these tests. */
class LearnedLayerTest {
    private static final Map<String, Double> BLAME = Map.of("stem:condamn", 1.0);
    private static final Map<String, Double> REPORT = Map.of("stem:annonc", 1.0);

    private static LearnedLayer.Pair pair(String article, GoldLabel gold, Stance engine, Map<String, Double> features) {
        TargetStance stance = new TargetStance("TUR", 1, engine, 0.0, 0.5, List.of(), "author", null, null);
        return new LearnedLayer.Pair("unit", new Evaluator.Outcome(new GoldSet.Key(article, 1, "TUR"), gold,
                Metrics.Predicted.valueOf(engine.name()), "fr", "", stance, null), features);
    }

    /** Twenty articles where the engine misses a blame the words show, twenty plain reports. */
    private static List<LearnedLayer.Pair> missedBlame() {
        List<LearnedLayer.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pairs.add(pair("blame-" + i, GoldLabel.AGAINST, Stance.NEUTRAL, BLAME));
            pairs.add(pair("report-" + i, GoldLabel.NEUTRAL, Stance.NEUTRAL, REPORT));
        }
        return pairs;
    }

    private static DecisionModel blameModel() {
        return DecisionModel.fit(LearnedLayer.examples(missedBlame()), new DecisionModel.Settings(0.1, 3, false));
    }

    @Test
    void aStemOfTooFewArticlesOrSplitsIsLeftOut() {
        Map<String, Double> general = Map.of("stem:condamn", 1.0, "stem:katz", 1.0);
        List<LearnedLayer.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pairs.add(pair("one-article", GoldLabel.AGAINST, Stance.NEUTRAL, general));
            pairs.add(new LearnedLayer.Pair("other", pair("article-" + i, GoldLabel.AGAINST, Stance.NEUTRAL,
                    BLAME).outcome(), BLAME));
        }

        List<LearnedLayer.Pair> kept = LearnedLayer.commonStems(pairs, 2, 1);
        assertThat(kept.get(0).features()).containsOnlyKeys("stem:condamn");
        assertThat(kept.get(1).features()).containsOnlyKeys("stem:condamn");
        assertThat(LearnedLayer.commonStems(pairs, 1, 2).get(0).features()).containsOnlyKeys("stem:condamn");
        assertThat(LearnedLayer.commonStems(pairs, 1, 1)).isEqualTo(pairs);
    }

    @Test
    void theModelRelabelsReferencedPairsAndTheEngineKeepsItsOwn() {
        List<LearnedLayer.Pair> pairs = missedBlame();

        assertThat(LearnedLayer.measure(pairs, null, false).get("fr").fAvg()).isZero();
        Metrics learned = LearnedLayer.measure(pairs, blameModel(), false).get("fr");
        assertThat(learned.cell(GoldLabel.AGAINST, Metrics.Predicted.AGAINST)).isEqualTo(20);
        assertThat(learned.fAvg()).isEqualTo(0.5);
    }

    @Test
    void neutralOnlyKeepsTheEnginesFavorAndAgainst() {
        List<LearnedLayer.Pair> pairs = new ArrayList<>(missedBlame());
        pairs.add(pair("praise", GoldLabel.FAVOR, Stance.FAVOR, BLAME));

        assertThat(LearnedLayer.measure(pairs, blameModel(), true).get("fr")
                .cell(GoldLabel.FAVOR, Metrics.Predicted.FAVOR)).isEqualTo(1);
        assertThat(LearnedLayer.measure(pairs, blameModel(), false).get("fr")
                .cell(GoldLabel.FAVOR, Metrics.Predicted.AGAINST)).isEqualTo(1);
    }

    @Test
    void mixedAndNoneTrainAsNeutral() {
        List<LearnedLayer.Pair> pairs = List.of(pair("a", GoldLabel.MIXED, Stance.FAVOR, BLAME),
                pair("b", GoldLabel.NONE, Stance.AGAINST, BLAME), pair("c", GoldLabel.FAVOR, Stance.NEUTRAL, REPORT));

        assertThat(LearnedLayer.examples(pairs)).extracting(DecisionModel.Example::label)
                .containsExactly(Stance.NEUTRAL, Stance.NEUTRAL, Stance.FAVOR);
    }

    @Test
    void theIntervalOfTheDifferenceResamplesArticlesRepeatably() {
        List<LearnedLayer.Pair> pairs = missedBlame();
        DecisionModel model = blameModel();

        double[] better = LearnedLayer.differenceInterval(pairs, model, false, 200, 7).get("fr");
        assertThat(better[0]).as("the model wins in every draw of articles").isPositive();
        assertThat(better).containsExactly(LearnedLayer.differenceInterval(pairs, model, false, 200, 7).get("fr"));
        assertThat(LearnedLayer.differenceInterval(pairs, null, false, 200, 7).get("fr")).containsExactly(0.0, 0.0);
    }

    @Test
    void withoutDropsTheNamedFeaturesAndKeepsUnreferencedPairs() {
        List<LearnedLayer.Pair> pairs = new ArrayList<>(List.of(pair("a", GoldLabel.AGAINST, Stance.NEUTRAL,
                Map.of("stem:condamn", 1.0, "score", -0.2))));
        pairs.add(new LearnedLayer.Pair("unit", pairs.get(0).outcome(), null));

        List<LearnedLayer.Pair> kept = LearnedLayer.without(pairs, name -> name.startsWith(StanceFeatures.STEM));

        assertThat(kept.get(0).features()).containsOnlyKeys("score");
        assertThat(kept.get(1).features()).isNull();
        assertThat(pairs.get(0).features()).containsKey("stem:condamn");
    }
}
