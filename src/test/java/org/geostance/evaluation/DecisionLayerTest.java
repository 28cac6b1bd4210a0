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
 * The shipped decision layers are derived data: each must be what {@code bin/geostance train --write} fits on the
 * tuning splits from the hand decision of the rules and lexicons as they are, so that its weights read the features
 * the engine now gives. The settings are those of the refit commands in the layers' headers (chosen in session 11,
 * kept in session 12, evaluation/learned-layer.md), and the splits are {@link GoldSplits#TUNING}.
 */
class DecisionLayerTest {
    private static final String WEIGHTS = "# version: ";

    @Test
    void theShippedFrenchLayerIsTheOneTheTuningSplitsGiveTheCurrentRules() throws Exception {
        assertRefitted("fr", new DecisionModel.Settings(3, 3, true, new StanceFeatures.StemScope(false, 0)));
    }

    @Test
    void theShippedEnglishLayerIsTheOneTheTuningSplitsGiveTheCurrentRules() throws Exception {
        assertRefitted("en", new DecisionModel.Settings(1, 3, true, new StanceFeatures.StemScope(false, 5)));
    }

    private static void assertRefitted(String language, DecisionModel.Settings settings) throws Exception {
        SharedSpark.analyzer();
        StanceEngine hand = StanceEngine.load(Path.of("data/lexicons")).handDecision();
        ParagraphScorer scorer = ParagraphScorer.create(TargetDictionary.load(Path.of("data/targets.json")), hand);
        List<LearnedLayer.Pair> pairs = new ArrayList<>();
        for (String split : GoldSplits.TUNING) {
            pairs.addAll(LearnedLayer.collect(Path.of("data/gold/" + split + ".tsv"), scorer, null, settings.stems()));
        }
        DecisionModel refitted = DecisionModel.fit(LearnedLayer.examples(pairs), settings);

        String shipped = Files.readString(DecisionModel.file(Path.of("data/lexicons"), language));
        String fitted = refitted.format(language, List.of());
        assertThat(fitted.substring(fitted.indexOf(WEIGHTS)))
                .as("data/lexicons/decision.%s.tsv is stale: run the refit command in its header, then calibrate",
                        language)
                .isEqualTo(shipped.substring(shipped.indexOf(WEIGHTS)));
    }
}
