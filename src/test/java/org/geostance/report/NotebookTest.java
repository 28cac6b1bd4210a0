package org.geostance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.spark.sql.SparkSession;
import org.geostance.output.Tables;
import org.geostance.spark.ConsoleProgress;
import org.geostance.spark.JobConfig;
import org.geostance.spark.ScoringJob;
import org.geostance.testing.SharedSpark;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every notebook in notebooks/, executed headless by bin/report against a run of the sample corpus (CSV export, as
 * on Debian without pyarrow). Under CI (CI=true) the Python side must be installed; elsewhere the test is skipped
 * when it is not.
 */
class NotebookTest {
    private static final List<String> FIGURES = List.of("stance_over_time", "article_heatmap", "outlets", "top_shifts");

    @TempDir
    static Path workspace;

    private static Path run;
    private static Path report;
    private static JsonNode shown;

    @BeforeAll
    static void runTheSampleAndTheNotebooks() throws IOException, InterruptedException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        Assumptions.assumeTrue(ci || pythonSideInstalled(),
                "jupyter nbconvert, pandas or matplotlib missing (install them as .ci/run does)");
        SparkSession spark = SharedSpark.session();
        run = workspace.resolve("run");
        JobConfig config = new JobConfig(List.of("data/articles"), run.toString(), Path.of("data/articles/metadata.csv"),
                Path.of("data/targets.json"), Path.of("data/lexicons"), true, 0);
        new ScoringJob(spark, new ConsoleProgress(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8))).run(config);
        report = workspace.resolve("report");
        Process process = new ProcessBuilder("bash", "bin/report", run.toString(), report.toString())
                .redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        shown = new ObjectMapper().readTree(report.resolve("stance_report.figures.json").toFile());
    }

    private static boolean pythonSideInstalled() throws InterruptedException {
        try {
            // The Debian kernel runs /usr/bin/python3; a kernel installed with pip runs the python3 on PATH.
            String imports = " -c 'import pandas, matplotlib, ipykernel, nbclient'";
            Process probe = new ProcessBuilder("bash", "-c", "jupyter nbconvert --version && (/usr/bin/python3"
                    + imports + " || python3" + imports + ")").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(2, TimeUnit.MINUTES) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void everyFigureIsSavedAndNotBlank() throws IOException {
        for (String name : FIGURES) {
            Path png = report.resolve(name + ".png");
            assertThat(png).as(name).exists();
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(name).isNotNull();
            assertThat(image.getWidth() * image.getHeight()).as(name).isGreaterThan(100_000);
            assertThat(inkShare(image)).as(name + ": share of non-white pixels").isGreaterThan(0.03);
            assertThat(shown.path(name).path("artists").asInt()).as(name).isPositive();
        }
        assertThat(report.resolve("stance_report.ipynb")).exists();
    }

    @Test
    void stanceOverTimeShowsEveryMonthAndTargetOfTheSample() {
        Set<String> months = distinct(Tables.PERIOD_STANCE, "period");
        months.remove("unknown");
        assertThat(months).hasSizeGreaterThanOrEqualTo(6);
        Set<String> labels = labels("stance_over_time");
        assertThat(labels).containsAll(months);
        for (String target : distinct(Tables.PARAGRAPH_STANCE, "target")) {
            assertThat(labels).anyMatch(label -> label.startsWith(target + ":"));
        }
    }

    @Test
    void theHeatmapHasEveryArticleAndTheOutletChartEveryOutlet() {
        Set<String> heatmap = labels("article_heatmap");
        for (String article : distinct(Tables.ARTICLES, "article_id")) {
            assertThat(heatmap).anyMatch(label -> label.startsWith(article + " "));
        }
        assertThat(heatmap).contains("USA", "TUR", "ISR");
        Set<String> sources = distinct(Tables.SOURCE_STANCE, "source");
        assertThat(sources).contains("*", "seed-agency");
        assertThat(labels("outlets")).containsAll(sources);
    }

    @Test
    void theShiftsFigureNamesTheChangesItDraws() {
        Set<String> labels = labels("top_shifts");
        assertThat(labels).anyMatch(label -> label.matches(".+ · (USA|TUR|ISR) · \\d{4}-\\d{2} → \\d{4}-\\d{2} .*"));
        long shifts = SharedSpark.session().read().parquet(run.resolve(Tables.SHIFTS).toString()).count();
        assertThat(labels).anyMatch(label -> label.startsWith("Largest changes: " + shifts + " significant"));
    }

    private static Set<String> labels(String figure) {
        Set<String> labels = new HashSet<>();
        shown.path(figure).path("labels").forEach(label -> labels.add(label.asText()));
        return labels;
    }

    private static Set<String> distinct(String table, String column) {
        return SharedSpark.session().read().parquet(run.resolve(table).toString()).select(column).distinct()
                .collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toCollection(HashSet::new));
    }

    /** The share of pixels that are not (near) white: a figure with axes only stays under a few percent. */
    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 3 * 235) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }
}
