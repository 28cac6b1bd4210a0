package org.geostance.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.geostance.cli.Main;
import org.geostance.output.OutputDirectory;
import org.geostance.output.RunReport;
import org.geostance.output.Tables;
import org.geostance.testing.CsvRoundTrip;
import org.geostance.testing.SharedSpark;
import org.geostance.text.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job, through the CLI, on a corpus of every kind of bad input the issue lists
 * ({@code src/test/resources/bad-input}, described in its README.md), plus what is generated here because it is
 * large or derived: the seed article in seven encodings and line-ending styles, a 5 MB paragraph, a 1 MB line
 * with no spaces, a symbolic link to nothing, a token on which the scorer fails today. The run must finish, and its tables must match the expected lists
 * in {@code src/test/resources/bad-input-expected} exactly.
 */
class BadInputJobTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final Path EXPECTED = Path.of("src/test/resources/bad-input-expected");
    private static final Path SEED = Path.of("data/articles/seed_2020-07_iran-syria.txt");
    private static final String SEED_ID = "seed-utf8";
    private static final int HUGE_PARAGRAPH_BYTES = 5 * 1024 * 1024;
    private static final int HUGE_LINE_BYTES = 1024 * 1024;

    @TempDir
    static Path workspace;

    private static SparkSession spark;
    private static Path inputs;
    private static Path output;
    private static int exit;
    private static String console;
    private static String prefix;

    @BeforeAll
    static void runOnTheCorpus() throws IOException {
        spark = SharedSpark.session();
        inputs = workspace.resolve("bad-input");
        copyTree(CORPUS, inputs);
        generate(inputs);
        output = workspace.resolve("out");
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exit = Main.run("score", "--input", inputs.toString(), "--output", output.toString(), "--csv");
        } finally {
            System.setOut(stdout);
            console = captured.toString(StandardCharsets.UTF_8);
        }
        prefix = "file:" + inputs.toAbsolutePath() + "/";
    }

    /** The seed article in every encoding and line-ending style that the ingest accepts. */
    private static void generate(Path folder) throws IOException {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("seed-utf8.txt"), seed, StandardCharsets.UTF_8);
        Files.write(folder.resolve("seed-utf8-bom.txt"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                seed.getBytes(StandardCharsets.UTF_8)));
        // Java's "UTF-16" encoder writes a big-endian byte-order mark.
        Files.write(folder.resolve("seed-utf16be.txt"), seed.getBytes(StandardCharsets.UTF_16));
        Files.write(folder.resolve("seed-utf16le.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                seed.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(folder.resolve("seed-windows-1252.txt"), encodeExactly(seed, "windows-1252"));
        Files.write(folder.resolve("seed-iso-8859-15.txt"), encodeExactly(seed, "ISO-8859-15"));
        String lf = seed.replace("\r\n", "\n");
        Files.writeString(folder.resolve("seed-crlf.txt"), lf.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("seed-cr.txt"), lf.replace("\n", "\r"), StandardCharsets.UTF_8);

        StringBuilder paragraph = new StringBuilder("La Turquie condamne fermement l'offensive israélienne à Gaza.");
        while (paragraph.length() < HUGE_PARAGRAPH_BYTES) {
            paragraph.append(" Les discussions se poursuivent à Genève entre les délégations, sans calendrier précis.");
        }
        Files.writeString(folder.resolve("huge-paragraph.txt"), "date 2024-04\n\n" + paragraph + "\n",
                StandardCharsets.UTF_8);
        StringBuilder line = new StringBuilder("data:image/png;base64,");
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        Random random = new Random(6);
        while (line.length() < HUGE_LINE_BYTES) {
            line.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        Files.writeString(folder.resolve("huge-line.txt"), "date 2023-10\n\n"
                + "Israël salue l'accord de trêve conclu sous l'égide de l'Égypte et du Qatar.\n\n"
                + line + "\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(folder.resolve("broken-link.txt"), folder.resolve("no-such-file.txt"));
        // One token of 10,000 characters: the tokenizer's patterns recurse over it until the stack overflows.
        Files.writeString(folder.resolve("long-dotted-token.txt"), "date 2024-04\n\n"
                + "La Turquie condamne fermement l'offensive israélienne à Gaza.\n\n" + "a.".repeat(5_000) + "\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void theRunFinishesAndSaysSo() {
        assertThat(exit).as(console).isZero();
        assertThat(console).contains("[write]").contains("rejected input(s)");
        assertThat(output.resolve(OutputDirectory.SUCCESS_MARKER)).exists();
    }

    @Test
    void rejectedTableIsExactlyTheExpectedList() throws IOException {
        List<String> actual = table(Tables.REJECTED).collectAsList().stream()
                .map(r -> relative(r.getString(0)) + "\t" + r.getString(1) + "\t" + relative(r.getString(2)))
                .sorted().toList();
        assertThat(actual).containsExactlyElementsOf(expected("rejected.tsv"));
    }

    @Test
    void inputsTableRecordsEveryFileWithItsCharset() throws IOException {
        List<String> actual = table(Tables.INPUTS).collectAsList().stream()
                .map(r -> relative(r.getString(0)) + "\t" + r.get(1) + "\t" + r.get(2) + "\t" + r.get(3))
                .sorted().toList();
        assertThat(actual).containsExactlyElementsOf(expected("inputs.tsv"));
    }

    @Test
    void runJsonCountsAreTheExpectedOnesAndReconcile() throws IOException {
        RunReport report = RunReport.read(Files.readAllBytes(output.resolve("run.json")));
        RunReport.Counts counts = report.counts();
        Map<String, Long> actual = new LinkedHashMap<>();
        actual.put("files", counts.files());
        actual.put("articles_read", counts.articlesRead());
        actual.put("articles_scored", counts.articlesScored());
        actual.put("articles_rejected", counts.articlesRejected());
        actual.put("paragraphs", counts.paragraphs());
        Map<String, Long> wanted = expected("counts.tsv").stream().map(l -> l.split("\t"))
                .collect(Collectors.toMap(c -> c[0], c -> Long.parseLong(c[1]), (a, b) -> a, LinkedHashMap::new));
        assertThat(actual).isEqualTo(wanted);
        assertThat(counts.mismatches()).isEmpty();
        assertThat(table(Tables.PARAGRAPHS).count()).isEqualTo(counts.paragraphs());
        assertThat(table(Tables.REJECTED).count()).isEqualTo(counts.articlesRejected());
        assertThat(table(Tables.PARAGRAPHS).select("article_id").distinct().count()).isEqualTo(counts.articlesScored());
    }

    @Test
    void oddCharactersScoreAsTheirWordsSay() throws IOException {
        List<String> actual = table(Tables.PARAGRAPH_STANCE).where("article_id not like 'seed-%'").collectAsList()
                .stream().map(r -> r.getAs("article_id") + "\t" + r.getAs("paragraph") + "\t" + r.getAs("language")
                        + "\t" + r.getAs("target") + "\t" + r.getAs("stance"))
                .sorted().toList();
        assertThat(actual).containsExactlyElementsOf(expected("paragraph_stance.tsv"));
    }

    @Test
    void everyEncodingAndLineEndingOfTheSeedScoresExactlyLikeTheUtf8Seed() {
        List<String> seed = stanceRows(SEED_ID);
        assertThat(seed).hasSizeGreaterThanOrEqualTo(8);
        for (String copy : List.of("seed-utf8-bom", "seed-utf16be", "seed-utf16le", "seed-windows-1252",
                "seed-iso-8859-15", "seed-crlf", "seed-cr")) {
            assertThat(stanceRows(copy)).as(copy).isEqualTo(seed);
            assertThat(table(Tables.PARAGRAPHS).where("article_id = '" + copy + "'").count()).as(copy).isEqualTo(17);
        }
    }

    @Test
    void overLongParagraphsAreScoredOnTheirStartAndFlagged() {
        List<Row> truncated = table(Tables.PARAGRAPHS).where("truncated").collectAsList();
        assertThat(truncated).extracting(r -> r.getAs("article_id") + "/" + r.getAs("paragraph"))
                .containsExactlyInAnyOrder("huge-paragraph/1", "huge-line/2");
        for (Row row : truncated) {
            // The table keeps the whole paragraph: only the scoring looked at the first MAX_ANALYZED_CHARS.
            assertThat(row.<String>getAs("text").length()).isGreaterThan(TextAnalyzer.MAX_ANALYZED_CHARS * 40);
        }
        assertThat(table(Tables.PARAGRAPHS).where("not truncated").count())
                .isEqualTo(table(Tables.PARAGRAPHS).count() - 2);
    }

    @Test
    void csvExportReadsBackLikeParquetWithFormulasNeutralised() throws IOException {
        for (String name : List.of(Tables.PARAGRAPHS, Tables.PARAGRAPH_STANCE, Tables.REJECTED, Tables.INPUTS)) {
            CsvRoundTrip.assertSameAsParquet(table(name), output.resolve("csv").resolve(name + ".csv"));
        }
        List<String> formulaLike = CsvRoundTrip.read(output.resolve("csv").resolve(Tables.PARAGRAPHS + ".csv")).stream()
                .map(cells -> cells.get(6)).filter(text -> text.matches("'?[=+\\-@].*")).toList();
        assertThat(formulaLike).hasSize(4).allMatch(text -> text.startsWith("'"));
    }

    private static List<String> stanceRows(String articleId) {
        return table(Tables.PARAGRAPH_STANCE).where("article_id = '" + articleId + "'").drop("article_id")
                .collectAsList().stream().map(Row::toString).sorted().toList();
    }

    private static Dataset<Row> table(String name) {
        return spark.read().parquet(output.resolve(name).toString());
    }

    private static String relative(String text) {
        return text == null ? null : text.replace(prefix, "");
    }

    private static List<String> expected(String file) throws IOException {
        return Files.readAllLines(EXPECTED.resolve(file), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
    }

    private static byte[] encodeExactly(String text, String charset) {
        byte[] bytes = text.getBytes(Charset.forName(charset));
        assertThat(new String(bytes, Charset.forName(charset))).as("the seed fits " + charset).isEqualTo(text);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
