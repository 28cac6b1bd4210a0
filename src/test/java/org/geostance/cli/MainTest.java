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
        // Which cue went to which target, where it is, and the rule that attached it, explained.
        String usa = outcome.out().substring(outcome.out().indexOf("USA favor"), outcome.out().indexOf("ISR against"));
        assertThat(usa).contains("@7-12 salue (+saluer)").contains("object-of-verb").doesNotContain("condamne");
        String isr = outcome.out().substring(outcome.out().indexOf("ISR against"));
        assertThat(isr).contains("condamne (-condamner)").contains("adjective-of-target").doesNotContain("salue (+");
        assertThat(outcome.out()).contains("why:").contains("object-of-verb: the target is the object of an evaluative verb");
    }

    @Test
    void evaluateWritesEachDisagreementWithItsParagraphAndEvidence() throws Exception {
        SharedSpark.session();
        // The seed's labels with one changed on purpose: paragraph 3 is against USA, not favor.
        String gold = Files.readString(Path.of("data/gold/seed.tsv"))
                .replace("seed_2020-07_iran-syria\t3\tUSA\tagainst", "seed_2020-07_iran-syria\t3\tUSA\tfavor");
        Path goldFile = Files.writeString(workspace.resolve("seed-changed.tsv"), gold);
        Path errors = workspace.resolve("errors.txt");
        Outcome outcome = run("evaluate", "--gold", goldFile.toString(), "--input",
                "data/articles/seed_2020-07_iran-syria.txt", "--report", workspace.resolve("r.json").toString(),
                "--errors", errors.toString());
        assertThat(outcome.exit()).isZero();
        assertThat(outcome.out()).contains("disagreements: " + errors);
        String written = Files.readString(errors);
        assertThat(written).startsWith("seed_2020-07_iran-syria #3 USA [fr] gold=favor predicted=against")
                .contains("    ").contains("  | ");
        assertThat(written.lines().filter(l -> l.startsWith("seed_"))).hasSize(1);
    }
}
