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

    /** One line on standard error, nothing of Java's (exception names, stack frames) unless --verbose. */
    private static void assertOneLineUsageError(Outcome outcome, String... mentions) {
        assertThat(outcome.exit()).as(outcome.err()).isEqualTo(2);
        assertThat(outcome.err().strip()).startsWith("geostance: ").doesNotContain("\n").doesNotContain("\tat ")
                .doesNotContain("Exception").contains(mentions);
    }

    private Outcome score(String... options) {
        SharedSpark.session();
        String[] args = new String[options.length + 3];
        args[0] = "score";
        args[1] = "--output";
        args[2] = workspace.resolve("out").toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return run(args);
    }

    @Test
    void noInputOptionAtAll() {
        assertOneLineUsageError(run("score"), "--input");
    }

    @Test
    void anEmptyInputFolder() throws Exception {
        Path empty = Files.createDirectories(workspace.resolve("empty"));
        Files.writeString(empty.resolve("notes.md"), "not an article");
        assertOneLineUsageError(score("--input", empty.toString()), "contains no .txt or .jsonl file");
    }

    @Test
    void targetsThatAreNotJsonOrBreakTheSchemaNameTheFileAndTheJsonPath() throws Exception {
        Path broken = Files.writeString(workspace.resolve("broken.json"), "{\"targets\": [\n  {\"code\": \"USA\",");
        assertOneLineUsageError(score("--input", "data/articles", "--targets", broken.toString()),
                "broken.json", "not valid JSON", "line 2");
        Path wrongType = Files.writeString(workspace.resolve("wrong.json"), "{\"targets\": [{\"code\": 5}]}");
        assertOneLineUsageError(score("--input", "data/articles", "--targets", wrongType.toString()),
                "wrong.json", "$.targets[0]");
    }

    @Test
    void anInvalidLexiconNamesTheFileAndLine() throws Exception {
        Path lexicons = Files.createDirectories(workspace.resolve("lexicons"));
        try (var files = Files.list(Path.of("data/lexicons"))) {
            for (Path file : files.toList()) {
                Files.copy(file, lexicons.resolve(file.getFileName()));
            }
        }
        long lines = Files.readAllLines(lexicons.resolve("fr.tsv")).size();
        Files.writeString(lexicons.resolve("fr.tsv"), "condamner\tbeaucoup\tact\n", java.nio.file.StandardOpenOption.APPEND);
        assertOneLineUsageError(score("--input", "data/articles", "--lexicons", lexicons.toString()),
                "fr.tsv:" + (lines + 1));
    }

    @Test
    void aMalformedMetadataFileNamesItsLine() throws Exception {
        Path metadata = Files.writeString(workspace.resolve("metadata.csv"),
                "article_id,source,date\nseed,\"unclosed,2020-07\n");
        assertOneLineUsageError(score("--input", "data/articles", "--metadata", metadata.toString()), "metadata.csv");
    }

    @Test
    void verboseAddsTheStackTraceButKeepsTheExitCode() {
        Outcome outcome = score("--input", workspace.resolve("nowhere").toString(), "--verbose");
        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.err()).contains("\tat org.geostance.").contains("nowhere");
    }

    @Test
    void outputThatCannotBeWrittenIsRefusedBeforeAnyWork() throws Exception {
        Path file = Files.writeString(workspace.resolve("file.txt"), "x");
        // Tests run as root, whom permission bits do not stop: a file as parent, and /proc, where nobody can
        // create a folder, are what is unwritable here.
        assertOneLineUsageError(run("score", "--input", "data/articles", "--output", file.resolve("out").toString()),
                "is not writable", "is a file");
        assertOneLineUsageError(run("score", "--input", "data/articles", "--output", "/proc/geostance-test/out"),
                "/proc/geostance-test/out", "is not writable");
        assertOneLineUsageError(run("score", "--input", "data/articles", "--output", "data/articles"), "overlaps");
        assertOneLineUsageError(run("score", "--input", "data/articles/seed_2020-07_iran-syria.txt", "--output",
                "data"), "overlaps");
        assertThat(Path.of("/proc/geostance-test")).doesNotExist();
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
    void explainShowsTheFrenchDecisionLayerBesideTheHandDecision() {
        SharedSpark.session();
        Outcome outcome = run("explain", "Israël garde le silence sur la famine qui menace la population, selon plusieurs ONG.");
        assertThat(outcome.out()).contains("ISR against").containsPattern(
                "decision layer: against p=0\\.\\d\\d \\(hand: neutral, score \\+0\\.00\\); strongest: .*stem:silenc \\+0\\.\\d\\d");
        Outcome hand = run("explain", "--hand-decision", "Israël garde le silence sur la famine qui menace la population.");
        assertThat(hand.out()).contains("ISR neutral").doesNotContain("decision layer");
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
