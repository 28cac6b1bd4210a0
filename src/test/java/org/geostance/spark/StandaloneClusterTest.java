package org.geostance.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.geostance.output.RunReport;
import org.geostance.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job submitted with spark-submit to a real standalone cluster (one master, one worker with 2 cores, all on
 * 127.0.0.1, started here from the test classpath) writes exactly the tables local mode writes for the same input.
 */
class StandaloneClusterTest {
    private static final String LOOPBACK = "127.0.0.1";
    // Absolute: executors run in the worker's work folder.
    private static final Path ARTICLES = Path.of("data/articles").toAbsolutePath();
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Duration SUBMIT = Duration.ofMinutes(5);

    @TempDir
    Path workspace;

    private final List<Process> started = new ArrayList<>();

    @Test
    void clusterTablesEqualLocalTables() throws Exception {
        long t0 = System.nanoTime();
        List<String> jars = dependencyJars();
        Path sparkHome = sparkHome(jars);
        int masterPort = freePort();
        int masterUi = freePort();
        String masterUrl = "spark://" + LOOPBACK + ":" + masterPort;
        try {
            start("master", sparkHome, jars, List.of("org.apache.spark.deploy.master.Master",
                    "--host", LOOPBACK, "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(masterUi)));
            start("worker", sparkHome, jars, List.of("org.apache.spark.deploy.worker.Worker",
                    "--host", LOOPBACK, "--cores", "2", "--memory", "3g", "--webui-port", String.valueOf(freePort()),
                    "--work-dir", sparkHome.resolve("work").toString(), masterUrl));

            awaitAliveWorker(masterUi);
            long t1 = System.nanoTime();

            Path cluster = workspace.resolve("cluster");
            Process submit = start("submit", sparkHome, jars, List.of("org.apache.spark.deploy.SparkSubmit",
                    "--master", masterUrl, "--deploy-mode", "client", "--class", "org.geostance.cli.Main",
                    "--driver-memory", "2g", "--executor-memory", "2g", "--total-executor-cores", "2",
                    "--conf", "spark.driver.host=" + LOOPBACK, "--conf", "spark.driver.bindAddress=" + LOOPBACK,
                    "--conf", "spark.ui.enabled=false",
                    "--conf", "spark.executor.extraJavaOptions=" + String.join(" ", java17Flags()),
                    appJar().toString(), "score", "--input", ARTICLES.toString(),
                    "--metadata", ARTICLES.resolve("metadata.csv").toString(), "--output", cluster.toString(),
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
            assertThat(submit.exitValue()).as("spark-submit exit code, log:%n%s", log("submit")).isZero();
            try (Stream<Path> apps = Files.list(sparkHome.resolve("work"))) {
                assertThat(apps).as("executors the worker ran for the job").isNotEmpty();
            }
            long t3 = System.nanoTime();

            List<String> tables = tablesIn(local);
            assertThat(tables).as("tables").isNotEmpty().isEqualTo(tablesIn(cluster));
            for (String table : tables) {
                Dataset<Row> expected = spark.read().parquet(local.resolve(table).toString());
                Dataset<Row> actual = spark.read().parquet(cluster.resolve(table).toString());
                assertThat(actual.schema()).as(table + " schema").isEqualTo(expected.schema());
                // Row equality is value equality, arrays and exact doubles included; order is the writer's, not ours.
                assertThat(actual.collectAsList()).as(table).containsExactlyInAnyOrderElementsOf(expected.collectAsList());
            }
            assertThat(report(cluster).counts()).isEqualTo(report(local).counts());
            System.out.printf("[cluster test] cluster up %.1f s, local run (alongside spark-submit) %.1f s, "
                    + "spark-submit done %.1f s later, compare %.1f s, total %.1f s; tables %s%n", seconds(t0, t1), seconds(t1, t2),
                    seconds(t2, t3), seconds(t3, System.nanoTime()), seconds(t0, System.nanoTime()), tables);
        } finally {
            stopAll();
        }
    }

    /** The dependency jars: Surefire's runner jar hides them from java.class.path, so its own property first. */
    private static List<String> dependencyJars() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> jars = Stream.of(classpath.split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))).toList();
        assertThat(jars).as("dependency jars").anyMatch(jar -> jar.contains("spark-core"));
        return jars;
    }

    /** Workers launch executors from SPARK_HOME/jars; a RELEASE file marks it as a distribution, not a build tree. */
    private Path sparkHome(List<String> jars) throws IOException {
        Path home = Files.createDirectories(workspace.resolve("spark-home"));
        Path dir = Files.createDirectories(home.resolve("jars"));
        for (String jar : jars) {
            Path source = Path.of(jar).toAbsolutePath();
            Path link = dir.resolve(source.getFileName());
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, source);
            }
        }
        Files.writeString(home.resolve("RELEASE"), "Spark for geostance's cluster test\n");
        return home;
    }

    /** The application jar spark-submit ships to the executors: the job's own classes only. */
    private Path appJar() throws IOException {
        Path classes = Path.of("target/classes");
        Path jar = workspace.resolve("geostance-app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The test JVM's own --add-opens flags (from the pom's java17.opens), for every JVM started here. */
    private static List<String> java17Flags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> arg.startsWith("--add-opens") || arg.startsWith("-Djdk.reflect")).toList();
    }

    private Process start(String name, Path sparkHome, List<String> jars, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + (name.equals("submit") ? "2g" : "512m"));
        command.addAll(java17Flags());
        command.add("-cp");
        command.add(String.join(File.pathSeparator, jars));
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(workspace.resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SPARK_HOME", sparkHome.toString());
        env.put("SPARK_SCALA_VERSION", "2.12");
        env.put("SPARK_LOCAL_IP", LOOPBACK);
        env.put("SPARK_CONF_DIR", sparkHome.resolve("conf").toString());
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private void awaitAliveWorker(int masterUi) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + LOOPBACK + ":" + masterUi + "/json/"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            for (Process process : started) {
                assertThat(process.isAlive()).as("master and worker alive, logs:%n%s%n%s", log("master"), log("worker"))
                        .isTrue();
            }
            try {
                last = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                if (last.replace(" ", "").contains("\"aliveworkers\":1")) {
                    return;
                }
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no alive worker after " + STARTUP + ": " + last + "\n" + log("master") + "\n"
                + log("worker"));
    }

    /** Kills every JVM started here and what it started (the worker's executors), newest first. */
    private void stopAll() throws InterruptedException {
        for (int i = started.size() - 1; i >= 0; i--) {
            Process process = started.get(i);
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        started.clear();
    }

    private String log(String name) {
        try {
            List<String> lines = Files.readAllLines(workspace.resolve(name + ".log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no " + name + " log: " + e + ")";
        }
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
