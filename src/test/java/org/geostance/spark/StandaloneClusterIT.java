package org.geostance.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.geostance.output.RunReport;
import org.geostance.testing.SharedSpark;
import org.geostance.text.LanguageDetector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job jar that {@code mvn package} built, submitted with Spark's own spark-submit to a real standalone cluster
 * (one master, one worker with 2 cores, on 127.0.0.1, running on Spark's jars only), writes exactly the tables
 * local mode writes for the same input. An integration test: maven-failsafe runs it after {@code package}.
 */
class StandaloneClusterIT {
    // Absolute: executors run in the worker's work folder.
    private static final Path ARTICLES = Path.of("data/articles").toAbsolutePath();
    private static final Duration SUBMIT = Duration.ofMinutes(8);

    @TempDir
    Path workspace;

    @Test
    void jobJarHoldsTheJobAndNotSpark() throws IOException {
        try (JarFile jar = new JarFile(jobJar().toFile())) {
            assertThat(jar.getEntry("org/geostance/cli/Main.class")).as("the job").isNotNull();
            assertThat(jar.getEntry("com/johnsnowlabs/nlp/annotators/Tokenizer.class")).as("Spark NLP").isNotNull();
            assertThat(jar.getEntry("org/apache/spark/SparkContext.class")).as("Spark is the cluster's").isNull();
            assertThat(jar.getEntry("scala/Option.class")).as("Scala is the cluster's").isNull();
            for (String language : LanguageDetector.candidateCodes()) {
                assertThat(jar.getEntry("language-models/" + language + "/unigrams.json"))
                        .as("Lingua model for candidate language " + language).isNotNull();
            }
        }
    }

    @Test
    void clusterTablesEqualLocalTables() throws Exception {
        long t0 = System.nanoTime();
        try (StandaloneCluster cluster = StandaloneCluster.start(workspace.resolve("cluster-home"), sparkJars(), 2,
                "3g")) {
            long t1 = System.nanoTime();
            Path clusterOutput = workspace.resolve("cluster");
            Process submit = cluster.submit(List.of("--class", "org.geostance.cli.Main", "--driver-memory", "2g",
                    "--executor-memory", "2g", "--total-executor-cores", "2", "--conf", "spark.ui.enabled=false"),
                    jobJar(), List.of("score", "--input", ARTICLES.toString(),
                    "--metadata", ARTICLES.resolve("metadata.csv").toString(), "--output", clusterOutput.toString(),
                    "--targets", Path.of("data/targets.json").toAbsolutePath().toString(),
                    "--lexicons", Path.of("data/lexicons").toAbsolutePath().toString()));
            // The local reference runs in this JVM while the cluster scores.
            Path local = workspace.resolve("local");
            SparkSession spark = SharedSpark.session();
            new ScoringJob(spark, new ConsoleProgress(System.out)).run(new JobConfig(List.of(ARTICLES.toString()),
                    local.toString(), ARTICLES.resolve("metadata.csv"), Path.of("data/targets.json"),
                    Path.of("data/lexicons"), false, 0));
            long t2 = System.nanoTime();
            assertThat(submit.waitFor(SUBMIT.toSeconds(), TimeUnit.SECONDS)).as("spark-submit finished in time").isTrue();
            assertThat(submit.exitValue()).as("spark-submit exit code, log:%n%s", cluster.log("submit")).isZero();
            try (Stream<Path> apps = Files.list(cluster.workDir())) {
                assertThat(apps).as("executors the worker ran for the job").isNotEmpty();
            }
            long t3 = System.nanoTime();

            List<String> tables = tablesIn(local);
            assertThat(tables).as("tables").isNotEmpty().isEqualTo(tablesIn(clusterOutput));
            for (String table : tables) {
                Dataset<Row> expected = spark.read().parquet(local.resolve(table).toString());
                Dataset<Row> actual = spark.read().parquet(clusterOutput.resolve(table).toString());
                assertThat(actual.schema()).as(table + " schema").isEqualTo(expected.schema());
                // Order is the writer's, not ours. Doubles are compared to 12 significant digits: a mean summed over
                // other partitions differs in its last bits, which is not a difference an analyst can see.
                assertThat(comparable(actual)).as(table).containsExactlyInAnyOrderElementsOf(comparable(expected));
            }
            assertThat(report(clusterOutput).counts()).isEqualTo(report(local).counts());
            System.out.printf("[cluster test] cluster up %.1f s, local run (alongside spark-submit) %.1f s, "
                    + "spark-submit done %.1f s later, compare %.1f s, total %.1f s; tables %s%n", seconds(t0, t1),
                    seconds(t1, t2), seconds(t2, t3), seconds(t3, System.nanoTime()), seconds(t0, System.nanoTime()),
                    tables);
        }
    }

    /** The job jar of this build: failsafe runs after package, which wrote it. */
    private static Path jobJar() {
        Path jar = Path.of(System.getProperty("geostance.jobJar", "target/geostance-0.1.0-job.jar"));
        assertThat(jar).as("job jar (mvn package)").isRegularFile();
        return jar;
    }

    /** Spark, Scala and Hadoop: the provided scope, which the build lists in target/spark-classpath.txt. */
    private static List<String> sparkJars() throws IOException {
        return StandaloneCluster.jarsIn(Path.of(System.getProperty("geostance.sparkClasspath",
                "target/spark-classpath.txt")));
    }

    private static List<List<Object>> comparable(Dataset<Row> table) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : table.collectAsList()) {
            List<Object> values = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                values.add(value instanceof Double d ? new BigDecimal(d).round(new MathContext(12)) : value);
            }
            rows.add(values);
        }
        return rows;
    }

    private static List<String> tablesIn(Path output) throws IOException {
        try (Stream<Path> entries = Files.list(output)) {
            return entries.filter(dir -> Files.exists(dir.resolve("_SUCCESS")))
                    .map(dir -> dir.getFileName().toString()).sorted(Comparator.naturalOrder()).toList();
        }
    }

    private static RunReport report(Path output) throws IOException {
        return RunReport.read(Files.readAllBytes(output.resolve("run.json")));
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
