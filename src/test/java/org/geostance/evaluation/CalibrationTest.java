package org.geostance.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geostance.stance.ConfidenceTable;
import org.geostance.stance.ParagraphScorer;
import org.geostance.stance.StanceEngine;
import org.geostance.targets.TargetDictionary;
import org.geostance.testing.SharedSpark;
import org.junit.jupiter.api.Test;

/**
 * The shipped confidence table is derived data: it must be what {@code bin/geostance calibrate} fits on the tuning
 * and held-out splits with the rules and lexicons as they are, so that a confidence always describes the current
 * engine.
 */
class CalibrationTest {
    static final List<Path> TUNING_SPLITS = List.of(Path.of("data/gold/dev.tsv"), Path.of("data/gold/dev2.tsv"),
            Path.of("data/gold/dev3.tsv"), Path.of("data/gold/dev4.tsv"), Path.of("data/gold/dev5.tsv"),
            Path.of("data/gold/dev6.tsv"), Path.of("data/gold/dev7.tsv"), Path.of("data/gold/dev8.tsv"),
            Path.of("data/gold/dev9.tsv"));
    static final List<Path> HELD_OUT = List.of(Path.of("data/gold/dev10.tsv"));

    @Test
    void theShippedTableIsTheOneTheTuningSplitsGiveTheCurrentEngine() throws Exception {
        SharedSpark.analyzer();
        StanceEngine engine = StanceEngine.load(Path.of("data/lexicons"));
        ConfidenceTable refitted = Calibration.fit(TUNING_SPLITS, HELD_OUT,
                ParagraphScorer.create(TargetDictionary.load(Path.of("data/targets.json")), engine));

        assertThat(refitted.format(List.of()))
                .as("data/lexicons/confidence.tsv is stale: run bin/geostance calibrate --gold data/gold/dev.tsv"
                        + " --gold data/gold/dev2.tsv --gold data/gold/dev3.tsv --gold data/gold/dev4.tsv"
                        + " --gold data/gold/dev5.tsv --gold data/gold/dev6.tsv --gold data/gold/dev7.tsv"
                        + " --gold data/gold/dev8.tsv --gold data/gold/dev9.tsv --held-out data/gold/dev10.tsv")
                .isEqualTo(ConfidenceTable.load(Path.of("data/lexicons"), new ArrayList<>()).format(List.of()));
    }
}
