package org.geostance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.geostance.stance.DecisionModel;
import org.geostance.stance.StanceFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
    @TempDir
    Path workspace;

    @Test
    void aLayersSettingsAreReadFromTheRefitCommandInItsHeader() throws Exception {
        Path layer = workspace.resolve("decision.en.tsv");
        Files.writeString(layer, """
                # geostance learned decision layer, en: a header line
                # refit (after rule or lexicon changes, before calibrate): bin/geostance train --gold data/gold/dev.tsv \
                --gold data/gold/dev2.tsv --balanced --no-stem-names --stem-window 5 --l2 1.0 --min-stem-pairs 4 \
                --language en --write data/lexicons/decision.en.tsv
                # version: 0123456789abcdef
                """);

        assertThat(TrainCommand.shippedSettings(layer))
                .isEqualTo(new DecisionModel.Settings(1.0, 4, true, new StanceFeatures.StemScope(false, 5)));
    }

    @Test
    void aRefitCommandWhoseFitTheSettingsCannotCarryIsRefused() throws Exception {
        Path layer = workspace.resolve("decision.fr.tsv");
        Files.writeString(layer, "# refit (after rule or lexicon changes, before calibrate): bin/geostance train"
                + " --gold data/gold/dev.tsv --l2 3 --min-stem-splits 2 --language fr --write decision.fr.tsv\n");
        Path bare = workspace.resolve("decision.de.tsv");
        Files.writeString(bare, "# version: 0123456789abcdef\n");

        assertThatThrownBy(() -> TrainCommand.shippedSettings(layer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--min-stem-splits 2");
        assertThatThrownBy(() -> TrainCommand.shippedSettings(bare)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no refit command");
    }
}
