package org.geostance.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geostance.stance.DecisionModel;
import org.geostance.stance.ParagraphScorer;
import org.geostance.stance.StanceEngine;
import org.geostance.stance.StanceFeatures;
import org.geostance.targets.TargetDictionary;
import org.geostance.testing.SharedSpark;
import org.junit.jupiter.api.Test;

/**
 * The shipped French decision layer is derived data: it must be what {@code bin/geostance train --write} fits on the
 * tuning splits from the hand decision of the rules and lexicons as they are, so that its weights read the features
 * the engine now gives.
 */
class DecisionLayerTest {
    static final List<Path> TUNING_SPLITS = List.of(Path.of("data/gold/dev.tsv"), Path.of("data/gold/dev2.tsv"),
            Path.of("data/gold/dev3.tsv"), Path.of("data/gold/dev4.tsv"), Path.of("data/gold/dev5.tsv"),
            Path.of("data/gold/dev6.tsv"), Path.of("data/gold/dev7.tsv"), Path.of("data/gold/dev8.tsv"));
    private static final String WEIGHTS = "# version: ";

    @Test
    void theShippedFrenchLayerIsTheOneTheTuningSplitsGiveTheCurrentRules() throws Exception {
        SharedSpark.analyzer();
        StanceEngine hand = StanceEngine.load(Path.of("data/lexicons")).handDecision();
        ParagraphScorer scorer = ParagraphScorer.create(TargetDictionary.load(Path.of("data/targets.json")), hand);
        List<LearnedLayer.Pair> pairs = new ArrayList<>();
        for (Path split : TUNING_SPLITS) {
            pairs.addAll(LearnedLayer.collect(split, scorer, null, StanceFeatures.StemScope.SENTENCE));
        }
        DecisionModel refitted = DecisionModel.fit(LearnedLayer.examples(pairs), new DecisionModel.Settings(3, 3, true));

        String shipped = Files.readString(DecisionModel.file(Path.of("data/lexicons"), "fr"));
        String fitted = refitted.format("fr", List.of());
        assertThat(fitted.substring(fitted.indexOf(WEIGHTS)))
                .as("data/lexicons/decision.fr.tsv is stale: run the refit command in its header, then calibrate")
                .isEqualTo(shipped.substring(shipped.indexOf(WEIGHTS)));
    }
}
