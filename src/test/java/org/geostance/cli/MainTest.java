package org.geostance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geostance.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path workspace;

    private record Outcome(int exit, String out, String err) {}

    private static Outcome run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void unknownOptionIsOneLineAndExitTwo() {
        Outcome outcome = run("score", "--input", "data/articles", "--frobnicate");
        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.err().strip()).contains("--frobnicate").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void missingInputIsOneLineAndExitTwo() {
        Outcome outcome = run("score", "--input", workspace.resolve("nowhere").toString(),
                "--output", workspace.resolve("out").toString());
        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.err().strip()).contains("nowhere").doesNotContain("\tat ");
    }

    @Test
    void outputThatIsAFileOrOverlapsTheInputIsRefused() throws Exception {
        Path file = Files.writeString(workspace.resolve("file.txt"), "x");
        assertThat(run("score", "--input", "data/articles", "--output", file.toString()).exit()).isEqualTo(2);
        assertThat(run("score", "--input", "data/articles", "--output", "data/articles/out").err())
                .contains("overlaps");
    }

    @Test
    void invalidTargetsFileIsOneLineWithItsLocation() throws Exception {
        Path targets = Files.writeString(workspace.resolve("targets.json"), "{\"targets\": [{\"name\": \"x\"}]}");
        Outcome outcome = run("explain", "--targets", targets.toString(), "Ankara salue l'accord.");
        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.err()).contains("targets.json").doesNotContain("\tat ");
    }

    @Test
    void explainShowsTheNegatedCueAsEvidence() {
        SharedSpark.session();
        Outcome negated = run("explain", "Le peuple ne salue pas la présence des États-Unis.");
        assertThat(negated.exit()).isZero();
        assertThat(negated.out()).contains("USA against").containsIgnoringCase("salue");
        Outcome plain = run("explain", "Le peuple salue la présence des États-Unis.");
        assertThat(plain.out()).contains("USA ").doesNotContain("USA against");
    }

    @Test
    void explainSeparatesTwoTargetsWithOppositeStances() {
        SharedSpark.session();
        Outcome outcome = run("explain", "Ankara salue la médiation américaine mais condamne l'agression israélienne.");
        assertThat(outcome.out()).contains("USA favor").contains("ISR against");
    }

    @Test
    void badComparisonOptionsAreOneLineAndExitTwo() {
        Outcome period = run("score", "--input", "data/articles", "--output", workspace.resolve("out").toString(),
                "--period", "week");
        assertThat(period.exit()).isEqualTo(2);
        assertThat(period.err().strip()).contains("month, quarter or year").doesNotContain("\n");
        Outcome threshold = run("score", "--input", "data/articles", "--output", workspace.resolve("out").toString(),
                "--duplicate-threshold", "1.5");
        assertThat(threshold.exit()).isEqualTo(2);
        assertThat(threshold.err().strip()).contains("--duplicate-threshold");
    }
}
