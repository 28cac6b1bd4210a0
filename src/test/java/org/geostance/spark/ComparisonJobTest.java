package org.geostance.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.geostance.aggregate.ComparisonOptions;
import org.geostance.aggregate.PeriodUnit;
import org.geostance.output.Tables;
import org.geostance.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison tables on the sample corpus plus a generated corpus ({@link PlantedShiftCorpus}) and two copies
 * of a sample article under other outlets, by quarter: once with a planted shift (copies counted once), once
 * without (every copy counted).
 */
class ComparisonJobTest {
    private static final Path ARTICLES = Path.of("data/articles");
    private static final String ORIGINAL = "fr_2023-02_seisme-aide";
    private static final String IDENTICAL = "copy_seisme-aide";
    private static final String EDITED = "relay_seisme-aide";

    @TempDir
    static Path workspace;

    private static SparkSession spark;
    private static Path planted;
    private static Path steady;

    @BeforeAll
    static void runWithAndWithoutAPlantedShift() throws IOException {
        spark = SharedSpark.session();
        Path copies = Files.createDirectories(workspace.resolve("copies"));
        Files.copy(ARTICLES.resolve(ORIGINAL + ".txt"), copies.resolve(IDENTICAL + ".txt"));
        String text = Files.readString(ARTICLES.resolve(ORIGINAL + ".txt"));
        String edited = text.replace("dépassait mercredi les", "dépassait mercredi soir les")
                .replace("une douzaine de chiens", "douze chiens") + "\n\n(Avec agences)\n";
        assertThat(edited).isNotEqualTo(text + "\n\n(Avec agences)\n");
        Files.writeString(copies.resolve(EDITED + ".txt"), edited.replaceFirst("date 2023-02-08", "date 2023-02-10"));
        Path metadata = workspace.resolve("metadata.csv");
        Files.writeString(metadata, Files.readString(ARTICLES.resolve("metadata.csv")).stripTrailing()
                + "\n" + IDENTICAL + ",echo-presse,2023-02-09,Séisme : l'aide afflue,\n"
                + EDITED + ",relay-news,2023-02-10,Séisme : l'aide afflue,\n");
        planted = run(List.of(ARTICLES.toString(), copies.toString(),
                PlantedShiftCorpus.write(workspace.resolve("gen-planted"), true).toString()), metadata, "planted", false);
        steady = run(List.of(ARTICLES.toString(), copies.toString(),
                PlantedShiftCorpus.write(workspace.resolve("gen-steady"), false).toString()), metadata, "steady", true);
    }

    private static Path run(List<String> inputs, Path metadata, String name, boolean keepDuplicates) throws IOException {
        Path out = workspace.resolve(name);
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        JobConfig config = new JobConfig(inputs, out.toString(), metadata, Path.of("data/targets.json"),
                Path.of("data/lexicons"), false, 0, new ComparisonOptions(PeriodUnit.QUARTER,
                ComparisonOptions.DEFAULT_MIN_SUPPORT, ComparisonOptions.DEFAULT_DUPLICATE_THRESHOLD, keepDuplicates));
        new ScoringJob(spark, progress).run(config);
        return out;
    }

    private static List<Row> rows(Path run, String table) {
        return spark.read().parquet(run.resolve(table).toString()).collectAsList();
    }

    @Test
    void thePlantedShiftIsSignificantAndTheSteadyOutletHasNone() {
        List<Row> shifts = rows(planted, Tables.SHIFTS);
        Row turning = only(shifts, r -> r.<String>getAs("source").equals(PlantedShiftCorpus.TURNING));
        assertThat(turning.<String>getAs("target")).isEqualTo("USA");
        assertThat(turning.<String>getAs("previous_period")).isEqualTo("2023-Q1");
        assertThat(turning.<String>getAs("period")).isEqualTo("2023-Q2");
        assertThat(turning.<String>getAs("direction")).isEqualTo("more against");
        assertThat(turning.<Double>getAs("previous_against_high")).isLessThan(turning.getAs("against_low"));
        assertThat(turning.<Double>getAs("net_stance_delta")).isLessThan(-0.5);
        assertThat(shifts).noneMatch(r -> r.<String>getAs("source").equals(PlantedShiftCorpus.STEADY));
        // All outlets pooled, the turn of one outlet out of two still shows.
        assertThat(shifts).anyMatch(r -> r.getAs("source").equals("*") && r.getAs("target").equals("USA")
                && r.getAs("period").equals("2023-Q2"));
        Row period = only(rows(planted, Tables.PERIOD_STANCE), r -> r.getAs("source").equals(PlantedShiftCorpus.TURNING)
                && r.getAs("period").equals("2023-Q2"));
        assertThat(period.<Boolean>getAs("significant_change")).isTrue();
        assertThat(period.<Double>getAs("previous_net_stance")).isEqualTo(0.0);
    }

    @Test
    void withoutAPlantedShiftNeitherGeneratedOutletNorTheirQuartersShift() {
        // The sample articles' own history (2019–2025) may hold real shifts; the generated 2023 outlets must not.
        assertThat(rows(steady, Tables.SHIFTS)).noneMatch(ComparisonJobTest::generated);
        assertThat(rows(steady, Tables.PERIOD_STANCE))
                .noneMatch(r -> r.<Boolean>getAs("significant_change") && generated(r));
    }

    private static boolean generated(Row row) {
        return row.getAs("source").equals(PlantedShiftCorpus.TURNING) || row.getAs("source").equals(PlantedShiftCorpus.STEADY)
                || row.<String>getAs("period").startsWith("2023");
    }

    @Test
    void shiftsAreMostRecentFirstThenLargestFirst() {
        List<Row> shifts = rows(planted, Tables.SHIFTS);
        for (int i = 1; i < shifts.size(); i++) {
            Row before = shifts.get(i - 1);
            Row after = shifts.get(i);
            int order = before.<String>getAs("period").compareTo(after.getAs("period"));
            assertThat(order).isGreaterThanOrEqualTo(0);
            if (order == 0) {
                assertThat(Math.abs(before.<Double>getAs("net_stance_delta")))
                        .isGreaterThanOrEqualTo(Math.abs(after.<Double>getAs("net_stance_delta")));
            }
        }
    }

    @Test
    void periodsAreQuartersAndAnUndatedArticleIsKeptUnderUnknown() {
        List<Row> period = rows(planted, Tables.PERIOD_STANCE);
        assertThat(period).allMatch(r -> r.<String>getAs("period").matches("\\d{4}-Q[1-4]|unknown"));
        assertThat(period.stream().map(r -> r.<String>getAs("period")).distinct())
                .contains("2019-Q4", "2020-Q3", "2023-Q1", "2023-Q2", "unknown");
        Row unknown = only(period, r -> r.getAs("period").equals("unknown") && r.getAs("source").equals("*"));
        assertThat(unknown.<Integer>getAs("articles")).isEqualTo(1);
        assertThat(unknown.<Integer>getAs("paragraphs_mentioning")).isEqualTo(3);
        assertThat(unknown.<String>getAs("previous_period")).isNull();
        Row article = only(rows(planted, Tables.ARTICLES), r -> r.getAs("article_id").equals(PlantedShiftCorpus.UNDATED_ID));
        assertThat(article.<String>getAs("period")).isEqualTo("unknown");
        assertThat(article.<String>getAs("date")).isNull();
    }

    @Test
    void syndicatedCopiesFormOneClusterAndAreCountedOnceAcrossOutlets() {
        Map<String, Row> articles = rows(planted, Tables.ARTICLES).stream()
                .collect(Collectors.toMap(r -> r.getAs("article_id"), r -> r));
        // The identical file keeps the original's date header (2023-02-08), so the first copy is the smaller id of
        // the two; the edited copy, dated two days later, is never the first.
        String first = IDENTICAL;
        assertThat(articles.get(first).<String>getAs("duplicate_of")).isNull();
        assertThat(articles.get(ORIGINAL).<String>getAs("duplicate_of")).isEqualTo(first);
        assertThat(articles.get(EDITED).<String>getAs("duplicate_of")).isEqualTo(first);
        assertThat(articles.values().stream().filter(r -> r.getAs("cluster_id").equals(first))
                .map(r -> r.<String>getAs("article_id"))).containsExactlyInAnyOrder(ORIGINAL, IDENTICAL, EDITED);
        assertThat(articles.values().stream().filter(r -> r.getAs("duplicate_of") != null)).hasSize(2);
        assertThat(articles.get(ORIGINAL).<String>getAs("language")).isEqualTo("fr");
        assertThat(articles.get(ORIGINAL).<String>getAs("period")).isEqualTo("2023-Q1");

        Row pooled = only(rows(planted, Tables.PERIOD_STANCE), r -> r.getAs("source").equals("*")
                && r.getAs("period").equals("2023-Q1") && r.getAs("target").equals("ISR"));
        Row pooledAll = only(rows(steady, Tables.PERIOD_STANCE), r -> r.getAs("source").equals("*")
                && r.getAs("period").equals("2023-Q1") && r.getAs("target").equals("ISR"));
        Row copy = only(rows(planted, Tables.PERIOD_STANCE), r -> r.getAs("source").equals("relay-news")
                && r.getAs("target").equals("ISR"));
        // Each copy adds its own ISR paragraphs to the all-outlet row only when duplicates are kept.
        assertThat(pooledAll.<Integer>getAs("paragraphs_mentioning"))
                .isEqualTo(pooled.<Integer>getAs("paragraphs_mentioning") + 2 * copy.<Integer>getAs("paragraphs_mentioning"));
        assertThat(pooledAll.<Integer>getAs("articles")).isEqualTo(pooled.<Integer>getAs("articles") + 2);
        assertThat(copy.<Integer>getAs("paragraphs_mentioning")).isPositive();
    }

    @Test
    void everyAggregateReconcilesWithParagraphStance() {
        for (Path run : List.of(planted, steady)) {
            boolean keep = run.equals(steady);
            List<Row> stances = rows(run, Tables.PARAGRAPH_STANCE);
            Set<String> copies = rows(run, Tables.ARTICLES).stream().filter(r -> r.getAs("duplicate_of") != null)
                    .map(r -> r.<String>getAs("article_id")).collect(Collectors.toSet());
            List<Row> pooled = stances.stream().filter(r -> keep || !copies.contains(r.<String>getAs("article_id")))
                    .toList();
            Map<String, Tally> expected = new HashMap<>();
            expected.putAll(tally(stances, r -> r.getAs("period") + "/" + r.getAs("source") + "/" + r.getAs("target")));
            expected.putAll(tally(pooled, r -> r.getAs("period") + "/*/" + r.getAs("target")));
            assertReconciles(rows(run, Tables.PERIOD_STANCE), expected,
                    r -> r.getAs("period") + "/" + r.getAs("source") + "/" + r.getAs("target"));

            expected = new HashMap<>(tally(stances, r -> r.getAs("source") + "/" + r.getAs("target")));
            expected.putAll(tally(pooled, r -> "*/" + r.getAs("target")));
            assertReconciles(rows(run, Tables.SOURCE_STANCE), expected, r -> r.getAs("source") + "/" + r.getAs("target"));

            Function<Row, String> holderKey = r -> r.getAs("period") + "/" + ("author".equals(r.getAs("holder"))
                    ? "author" : r.getAs("holder_country") == null ? "unknown" : r.getAs("holder_country"))
                    + "/" + r.getAs("target");
            assertReconciles(rows(run, Tables.HOLDER_STANCE), tally(pooled, holderKey),
                    r -> r.getAs("period") + "/" + r.getAs("holder_country") + "/" + r.getAs("target"));

            assertReconciles(rows(run, Tables.ARTICLE_STANCE),
                    tally(stances, r -> r.getAs("article_id") + "/" + r.getAs("target")),
                    r -> r.getAs("article_id") + "/" + r.getAs("target"));
        }
    }

    @Test
    void sourceComparisonHasOneRowPerOutletAndTheSameValuesAsSourceStance() {
        List<Row> comparison = rows(planted, Tables.SOURCE_COMPARISON);
        Set<String> sources = rows(planted, Tables.ARTICLES).stream().map(r -> r.<String>getAs("source"))
                .collect(Collectors.toCollection(HashSet::new));
        sources.add("*");
        assertThat(comparison.stream().map(r -> r.<String>getAs("source"))).containsExactlyInAnyOrderElementsOf(sources);
        Row turning = only(comparison, r -> r.getAs("source").equals(PlantedShiftCorpus.TURNING));
        Row stance = only(rows(planted, Tables.SOURCE_STANCE), r -> r.getAs("source").equals(PlantedShiftCorpus.TURNING)
                && r.getAs("target").equals("USA"));
        assertThat(turning.<Integer>getAs("articles")).isEqualTo(8);
        assertThat(turning.<Integer>getAs("USA_paragraphs")).isEqualTo(24).isEqualTo(stance.getAs("paragraphs_mentioning"));
        assertThat(turning.<Double>getAs("USA_against_share")).isEqualTo(stance.<Double>getAs("against_share"));
        assertThat(turning.<Double>getAs("USA_against_low")).isEqualTo(stance.<Double>getAs("against_low"));
        assertThat(turning.<Integer>getAs("TUR_paragraphs")).isZero();
        assertThat(turning.<String>getAs("TUR_stance")).isNull();
    }

    /** Counts per key, as the job should have them. */
    private record Tally(Set<String> articles, int[] stances, List<Double> scores) {
        int paragraphs() {
            return stances[0] + stances[1] + stances[2];
        }
    }

    private static Map<String, Tally> tally(List<Row> stances, Function<Row, String> key) {
        Map<String, Tally> tallies = new HashMap<>();
        for (Row row : stances) {
            Tally tally = tallies.computeIfAbsent(key.apply(row), k -> new Tally(new HashSet<>(), new int[3], new ArrayList<>()));
            tally.articles().add(row.getAs("article_id"));
            tally.stances()[List.of("favor", "against", "neutral").indexOf(row.<String>getAs("stance"))]++;
            tally.scores().add(row.getAs("score"));
        }
        return tallies;
    }

    private static void assertReconciles(List<Row> table, Map<String, Tally> expected, Function<Row, String> key) {
        assertThat(table.stream().map(key)).containsExactlyInAnyOrderElementsOf(expected.keySet());
        boolean hasArticles = List.of(table.get(0).schema().fieldNames()).contains("articles");
        for (Row row : table) {
            Tally tally = expected.get(key.apply(row));
            String at = key.apply(row);
            int n = tally.paragraphs();
            assertThat(new int[] {row.getAs("favor"), row.getAs("against"), row.getAs("neutral"),
                    row.getAs("paragraphs_mentioning")}).as(at)
                    .containsExactly(tally.stances()[0], tally.stances()[1], tally.stances()[2], n);
            if (hasArticles) {
                assertThat(row.<Integer>getAs("articles")).as(at).isEqualTo(tally.articles().size());
            }
            double mean = tally.scores().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            assertThat(row.<Double>getAs("mean_score")).as(at).isCloseTo(mean, within(1e-9));
            assertThat(row.<Double>getAs("against_share")).as(at).isCloseTo(tally.stances()[1] / (double) n, within(1e-12));
            assertThat(row.<Double>getAs("favor_share")).as(at).isCloseTo(tally.stances()[0] / (double) n, within(1e-12));
            assertThat(row.<Double>getAs("against_low")).as(at).isLessThanOrEqualTo(row.getAs("against_share"));
            assertThat(row.<Double>getAs("against_high")).as(at).isGreaterThanOrEqualTo(row.getAs("against_share"));
            assertThat(row.<Double>getAs("mean_score_low")).as(at).isLessThanOrEqualTo(mean + 1e-9);
            assertThat(row.<Double>getAs("mean_score_high")).as(at).isGreaterThanOrEqualTo(mean - 1e-9);
            assertThat(row.<Boolean>getAs("low_support")).as(at).isEqualTo(n < ComparisonOptions.DEFAULT_MIN_SUPPORT);
        }
    }

    private static Row only(List<Row> rows, java.util.function.Predicate<Row> match) {
        List<Row> found = rows.stream().filter(match).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
