package org.geostance.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.geostance.output.OutputDirectory;
import org.geostance.output.RunReport;
import org.geostance.output.Tables;
import org.geostance.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on the sample corpus in data/articles, every table checked. */
class ScoringJobTest {
    private static final Path ARTICLES = Path.of("data/articles");
    private static final String SEED = "seed_2020-07_iran-syria";

    @TempDir
    static Path workspace;

    private static SparkSession spark;
    private static RunReport report;
    private static Path output;
    private static String console;

    @BeforeAll
    static void runOnSample() throws IOException {
        spark = SharedSpark.session();
        output = workspace.resolve("out");
        report = run(List.of(ARTICLES.toString()), output);
    }

    private static RunReport run(List<String> inputs, Path out) throws IOException {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(captured, true, StandardCharsets.UTF_8));
        spark.sparkContext().addSparkListener(progress);
        try {
            JobConfig config = new JobConfig(inputs, out.toString(), ARTICLES.resolve("metadata.csv"),
                    Path.of("data/targets.json"), Path.of("data/lexicons"), true, 0);
            return new ScoringJob(spark, progress).run(config);
        } finally {
            spark.sparkContext().removeSparkListener(progress);
            console = captured.toString(StandardCharsets.UTF_8);
        }
    }

    private static Dataset<Row> table(String name) {
        return spark.read().parquet(output.resolve(name).toString());
    }

    /** Paragraph counts by the input format's own rule, computed here independently of the ingest code. */
    private static int paragraphsIn(String text) {
        String body = text.replaceFirst("^\\s*date \\d{4}-\\d{2}(-\\d{2})?", "");
        return (int) Stream.of(body.split("\\n\\s*\\n")).filter(p -> !p.isBlank()).count();
    }

    @Test
    void everyInputArticleIsScoredAndCountsReconcile() throws IOException {
        long txtFiles;
        try (Stream<Path> files = Files.list(ARTICLES)) {
            txtFiles = files.filter(f -> f.toString().endsWith(".txt")).count();
        }
        long jsonlLines = Files.readAllLines(ARTICLES.resolve("wire_2024.jsonl")).stream().filter(l -> !l.isBlank()).count();
        assertThat(report.counts().articlesScored()).isEqualTo(txtFiles + jsonlLines);
        assertThat(report.counts().articlesRejected()).isZero();
        assertThat(report.counts().reconciles()).isTrue();
        assertThat(report.counts().rows().get(Tables.PARAGRAPHS)).isEqualTo(table(Tables.PARAGRAPHS).count());
        assertThat(Files.readString(output.resolve(OutputDirectory.SUCCESS_MARKER)).trim()).isEqualTo(report.runId());
        RunReport written = RunReport.read(Files.readAllBytes(output.resolve("run.json")));
        assertThat(written.runId()).isEqualTo(report.runId());
        assertThat(written.digests()).containsKeys("targets", "lexicons");
        assertThat(written.stageSeconds()).containsKeys("read", "score", "aggregate", "write");
        assertThat(console).contains("[score]").contains("partitions");
    }

    @Test
    void paragraphsFollowTheBlankLineRule() throws IOException {
        Map<String, Long> perArticle = table(Tables.PARAGRAPHS).groupBy("article_id").count().collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
        try (Stream<Path> files = Files.list(ARTICLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String id = file.getFileName().toString().replace(".txt", "");
                assertThat(perArticle.get(id)).as(id).isEqualTo(paragraphsIn(Files.readString(file)));
            }
        }
        Row seedFirst = table(Tables.PARAGRAPHS).where("article_id = '" + SEED + "' and paragraph = 1").first();
        assertThat(seedFirst.<String>getAs("text")).startsWith("«Nous allons renforcer");
        assertThat(seedFirst.<String>getAs("language")).isEqualTo("fr");
        assertThat(seedFirst.<String>getAs("period")).isEqualTo("2020-07");
        assertThat(seedFirst.<String>getAs("source")).isEqualTo("seed-agency");
    }

    @Test
    void seedStancesAreExactlyTheGoldLabels() {
        Set<String> rows = table(Tables.PARAGRAPH_STANCE).where("article_id = '" + SEED + "'").collectAsList().stream()
                .map(r -> r.getAs("paragraph") + " " + r.getAs("target") + " " + r.getAs("stance"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rows).containsExactlyInAnyOrder("3 USA against", "4 USA against", "6 TUR against",
                "7 TUR against", "9 USA against", "10 USA against", "10 ISR against", "11 USA against");
        Row negated = table(Tables.PARAGRAPH_STANCE).where("article_id = '" + SEED + "' and paragraph = 4").first();
        assertThat(negated.<Double>getAs("score")).isBetween(-1.0, 0.0);
        assertThat(negated.getList(negated.fieldIndex("evidence"))).isNotEmpty();
    }

    @Test
    void articleStanceRecomputesFromParagraphStance() {
        Map<String, int[]> recomputed = new HashMap<>();
        for (Row row : table(Tables.PARAGRAPH_STANCE).collectAsList()) {
            int[] counts = recomputed.computeIfAbsent(row.getAs("article_id") + "/" + row.getAs("target"), k -> new int[4]);
            counts[0]++;
            counts[switch (row.<String>getAs("stance")) { case "favor" -> 1; case "against" -> 2; default -> 3; }]++;
        }
        List<Row> articleRows = table(Tables.ARTICLE_STANCE).collectAsList();
        assertThat(articleRows).hasSize(recomputed.size());
        for (Row row : articleRows) {
            int[] counts = recomputed.get(row.getAs("article_id") + "/" + row.getAs("target"));
            assertThat(new int[] {row.getAs("paragraphs_mentioning"), row.getAs("favor"), row.getAs("against"),
                    row.getAs("neutral")}).containsExactly(counts);
            assertThat(row.<Double>getAs("net_stance")).isEqualTo((counts[1] - counts[2]) / (double) counts[0]);
        }
        Row seedUsa = table(Tables.ARTICLE_STANCE).where("article_id = '" + SEED + "' and target = 'USA'").first();
        assertThat(seedUsa.<Integer>getAs("paragraphs")).isEqualTo(17);
        assertThat(seedUsa.<String>getAs("stance")).isEqualTo("against");
    }

    @Test
    void periodStancePoolsOutletsAndCoversSeveralMonths() {
        Dataset<Row> period = table(Tables.PERIOD_STANCE);
        List<Row> pooled = period.where("source = '*'").collectAsList();
        List<Row> bySource = period.where("source <> '*'").collectAsList();
        long pooledParagraphs = pooled.stream().mapToLong(r -> r.<Integer>getAs("paragraphs_mentioning")).sum();
        assertThat(pooledParagraphs).isEqualTo(table(Tables.PARAGRAPH_STANCE).count());
        assertThat(bySource.stream().mapToLong(r -> r.<Integer>getAs("paragraphs_mentioning")).sum())
                .isEqualTo(pooledParagraphs);
        assertThat(pooled.stream().map(r -> r.<String>getAs("period")).distinct().count()).isGreaterThanOrEqualTo(6);
        assertThat(bySource.stream().map(r -> r.<String>getAs("source")).distinct().count()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void comparisonHasOneRowPerArticleAndAColumnGroupPerTarget() {
        Dataset<Row> comparison = table(Tables.ARTICLE_COMPARISON);
        assertThat(comparison.count()).isEqualTo(report.counts().articlesScored());
        assertThat(comparison.columns()).contains("USA_stance", "USA_net_stance", "USA_mentions",
                "TUR_stance", "ISR_mentions");
        Row seed = comparison.where("article_id = '" + SEED + "'").first();
        assertThat(seed.<String>getAs("TUR_stance")).isEqualTo("against");
        assertThat(seed.<Integer>getAs("ISR_mentions")).isPositive();
    }

    @Test
    void csvExportHasOneFilePerTableWithHeader() throws IOException {
        for (String table : List.of(Tables.PARAGRAPHS, Tables.PARAGRAPH_STANCE, Tables.ARTICLE_STANCE,
                Tables.PERIOD_STANCE, Tables.ARTICLE_COMPARISON, Tables.REJECTED)) {
            Path csv = output.resolve("csv").resolve(table + ".csv");
            assertThat(csv).as(table).exists();
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).as(table).isEqualTo(String.join(",", table(table).columns()));
        }
    }

    @Test
    void badInputIsRejectedAndTheRunGoesOn() throws IOException {
        Path inputs = Files.createDirectories(workspace.resolve("mixed"));
        Files.copy(ARTICLES.resolve(SEED + ".txt"), inputs.resolve(SEED + ".txt"));
        Files.writeString(inputs.resolve("empty.txt"), "");
        Files.writeString(inputs.resolve("feed.jsonl"), "{\"id\": \"a1\", \"text\": \"Ankara salue l'accord.\"}\n{broken\n");
        Path out = workspace.resolve("mixed-out");
        RunReport mixed = run(List.of(inputs.toString()), out);
        assertThat(mixed.counts().articlesScored()).isEqualTo(2);
        assertThat(mixed.counts().articlesRejected()).isEqualTo(2);
        assertThat(mixed.counts().articlesRead()).isEqualTo(4);
        List<Row> rejected = spark.read().parquet(out.resolve(Tables.REJECTED).toString()).collectAsList();
        assertThat(rejected).extracting(r -> r.<String>getAs("reason")).containsExactlyInAnyOrder("empty-file", "malformed-json");
    }

    @Test
    void aSecondRunReplacesTheOutputWholeAndAFailedRunLeavesItUntouched() throws IOException {
        Path out = workspace.resolve("replaced");
        RunReport first = run(List.of(ARTICLES.resolve(SEED + ".txt").toString()), out);
        RunReport second = run(List.of(ARTICLES.resolve(SEED + ".txt").toString()), out);
        assertThat(Files.readString(out.resolve(OutputDirectory.SUCCESS_MARKER)).trim())
                .isEqualTo(second.runId()).isNotEqualTo(first.runId());
        assertThatThrownBy(() -> run(List.of(workspace.resolve("missing").toString()), out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(out.resolve(OutputDirectory.SUCCESS_MARKER)).trim()).isEqualTo(second.runId());
        try (Stream<Path> siblings = Files.list(workspace)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".staging-"));
        }
    }
}
