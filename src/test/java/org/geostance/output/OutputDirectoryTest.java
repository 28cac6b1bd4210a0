package org.geostance.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The states a killed run can leave behind, made on disk as the run makes them, and what the next run does with
 * them. Killing a real run during its write stage is {@code spark.KillDuringWriteTest}.
 */
class OutputDirectoryTest {
    @TempDir
    Path workspace;

    private OutputDirectory directory(String runId) throws IOException {
        return new OutputDirectory(workspace.resolve("out").toString(), runId, new Configuration());
    }

    private Path writeOutput(Path folder, String runId) throws IOException {
        Files.createDirectories(folder.resolve("paragraphs"));
        Files.writeString(folder.resolve("paragraphs").resolve("part-0"), runId);
        Files.writeString(folder.resolve(OutputDirectory.SUCCESS_MARKER), runId + "\n");
        return folder;
    }

    private String siblings() throws IOException {
        try (Stream<Path> files = Files.list(workspace)) {
            return String.join(" ", files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aCommitReplacesTheOutputWholeAndLeavesNothingBeside() throws IOException {
        writeOutput(workspace.resolve("out"), "run-1");
        OutputDirectory second = directory("run-2");
        Files.createDirectories(Path.of(second.staging().toUri()).resolve("paragraphs"));
        second.commit("run-2");
        assertThat(Files.readString(workspace.resolve("out").resolve(OutputDirectory.SUCCESS_MARKER))).isEqualTo("run-2\n");
        assertThat(siblings()).isEqualTo("out");
    }

    @Test
    void aRunKilledWhileWritingLeavesTheOutputAndTheNextRunRemovesItsStaging() throws IOException {
        writeOutput(workspace.resolve("out"), "run-1");
        Path killed = Path.of(directory("run-2").staging().toUri());
        Files.createDirectories(killed.resolve("paragraphs"));

        OutputDirectory next = directory("run-3");
        next.recoverFromKilledRuns();

        assertThat(siblings()).isEqualTo("out");
        assertThat(Files.readString(workspace.resolve("out").resolve(OutputDirectory.SUCCESS_MARKER))).isEqualTo("run-1\n");
    }

    @Test
    void aRunKilledBetweenItsTwoRenamesGetsThePreviousOutputPutBack() throws IOException {
        // commit() moved the old output aside, then died before moving its staging folder into place.
        writeOutput(workspace.resolve(".out.previous-run-2"), "run-1");
        writeOutput(workspace.resolve(".out.staging-run-2"), "run-2");
        writeOutput(workspace.resolve(".out.previous-run-0"), "run-0");

        directory("run-3").recoverFromKilledRuns();

        assertThat(siblings()).isEqualTo("out");
        assertThat(Files.readString(workspace.resolve("out").resolve(OutputDirectory.SUCCESS_MARKER))).isEqualTo("run-1\n");
    }

    @Test
    void aRunKilledAfterTheSwapLeavesOnlyTheOldCopyToDelete() throws IOException {
        writeOutput(workspace.resolve("out"), "run-2");
        writeOutput(workspace.resolve(".out.previous-run-2"), "run-1");

        directory("run-3").recoverFromKilledRuns();

        assertThat(siblings()).isEqualTo("out");
        assertThat(Files.readString(workspace.resolve("out").resolve(OutputDirectory.SUCCESS_MARKER))).isEqualTo("run-2\n");
    }

    @Test
    void anotherOutputInTheSameFolderIsLeftAlone() throws IOException {
        writeOutput(workspace.resolve("out"), "run-1");
        writeOutput(workspace.resolve(".output2.staging-run-9"), "run-9");
        writeOutput(workspace.resolve("out-old"), "run-0");

        directory("run-3").recoverFromKilledRuns();

        assertThat(siblings()).isEqualTo(".output2.staging-run-9 out out-old");
    }
}
