package org.geostance.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geostance.cli.Main;
import org.geostance.stance.ConfidenceTable;
import org.geostance.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped confidence table is derived data: it must be what {@code bin/geostance calibrate} fits, with its default
 * tuning and held-out splits, on the rules, lexicons and decision layers as they are, so that a confidence always
 * describes the current engine.
 */
class CalibrationTest {
    @TempDir
    Path workspace;

    @Test
    void theShippedTableIsTheOneCalibrateFitsForTheCurrentEngine() {
        // calibrate then runs in the tests' SparkSession instead of starting and stopping its own.
        SharedSpark.analyzer();
        Path refitted = workspace.resolve(ConfidenceTable.FILE);

        assertThat(Main.run("calibrate", "--output", refitted.toString())).isZero();
        assertThat(ConfidenceTable.load(workspace, new ArrayList<>()).format(List.of()))
                .as("data/lexicons/confidence.tsv is stale: run bin/geostance calibrate")
                .isEqualTo(ConfidenceTable.load(Path.of("data/lexicons"), new ArrayList<>()).format(List.of()));
    }
}
