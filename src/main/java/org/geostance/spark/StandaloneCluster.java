package org.geostance.spark;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * A real Spark standalone cluster on this machine: one master and one worker, both on 127.0.0.1, started as JVMs
 * on Spark's own jars (a temporary SPARK_HOME whose {@code jars/} links them, as a distribution holds them), for
 * the cluster test and the cluster bench. {@link #close()} kills the master, the worker and the executors it
 * launched, whatever happened before.
 */
public final class StandaloneCluster implements AutoCloseable {
    public static final String LOOPBACK = "127.0.0.1";
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Path workspace;
    private final Path sparkHome;
    private final List<String> sparkJars;
    private final List<Process> started = new ArrayList<>();
    private final String masterUrl;

    private StandaloneCluster(Path workspace, List<String> sparkJars) throws IOException {
        this.workspace = Files.createDirectories(workspace);
        this.sparkJars = List.copyOf(sparkJars);
        this.sparkHome = sparkHome(workspace.resolve("spark-home"), sparkJars);
        this.masterUrl = "spark://" + LOOPBACK + ":" + freePort();
    }

    /**
     * Starts a master and one worker with the given cores and memory, and returns once the worker has registered.
     *
     * @param sparkJars Spark, Scala and Hadoop jars only (target/spark-classpath.txt): the job's libraries reach the
     *                  executors in the job jar, as on a real cluster
     */
    public static StandaloneCluster start(Path workspace, List<String> sparkJars, int cores, String workerMemory)
            throws IOException, InterruptedException {
        StandaloneCluster cluster = new StandaloneCluster(workspace, sparkJars);
        try {
            int masterUi = freePort();
            URI master = URI.create(cluster.masterUrl);
            cluster.launch("master", "512m", List.of("org.apache.spark.deploy.master.Master", "--host", LOOPBACK,
                    "--port", String.valueOf(master.getPort()), "--webui-port", String.valueOf(masterUi)));
            cluster.launch("worker", "512m", List.of("org.apache.spark.deploy.worker.Worker", "--host", LOOPBACK,
                    "--cores", String.valueOf(cores), "--memory", workerMemory,
                    "--webui-port", String.valueOf(freePort()), "--work-dir", cluster.workDir().toString(),
                    cluster.masterUrl));
            cluster.awaitAliveWorker(masterUi);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    /** The jars listed in a classpath file written by the Maven build (target/spark-classpath.txt). */
    public static List<String> jarsIn(Path classpathFile) throws IOException {
        String classpath = Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
        List<String> jars = Stream.of(classpath.split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))).toList();
        if (jars.stream().noneMatch(jar -> Path.of(jar).getFileName().toString().startsWith("spark-core"))) {
            throw new IllegalArgumentException("no spark-core jar in " + classpathFile + ": run mvn package");
        }
        return jars;
    }

    public String masterUrl() {
        return masterUrl;
    }

    /** Where the worker keeps one folder per application it ran executors for. */
    public Path workDir() {
        return sparkHome.resolve("work");
    }

    /**
     * Starts {@code spark-submit} (Spark's {@code SparkSubmit} on Spark's jars only, as a distribution's
     * bin/spark-submit runs it) in client mode against this cluster; the caller waits for the process.
     */
    public Process submit(List<String> options, Path jobJar, List<String> jobArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit",
                "--master", masterUrl, "--deploy-mode", "client",
                "--conf", "spark.driver.host=" + LOOPBACK, "--conf", "spark.driver.bindAddress=" + LOOPBACK,
                "--conf", "spark.executor.extraJavaOptions=" + String.join(" ", jvmFlags())));
        command.addAll(options);
        command.add(jobJar.toString());
        command.addAll(jobArgs);
        return launch("submit", "2g", command);
    }

    /**
     * A session whose driver is this JVM and whose executors run on the worker (client mode), the job jar shipped
     * to them. This JVM's classpath must hold the job's classes too.
     */
    public SparkSession session(String appName, Path jobJar, int cores, String executorMemory) {
        return SparkSession.builder().appName(appName).master(masterUrl)
                .config("spark.jars", jobJar.toAbsolutePath().toString())
                .config("spark.cores.max", String.valueOf(cores))
                .config("spark.executor.memory", executorMemory)
                .config("spark.executor.extraJavaOptions", String.join(" ", jvmFlags()))
                .config("spark.driver.host", LOOPBACK)
                .config("spark.driver.bindAddress", LOOPBACK)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
    }

    /** The last lines of a started JVM's log (master, worker, submit), for failure messages. */
    public String log(String name) {
        try {
            List<String> lines = Files.readAllLines(workspace.resolve(name + ".log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no " + name + " log: " + e + ")";
        }
    }

    /** Kills every JVM started here and what it started (the worker's executors), newest first. */
    @Override
    public void close() throws InterruptedException {
        for (int i = started.size() - 1; i >= 0; i--) {
            Process process = started.get(i);
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        started.clear();
    }

    /**
     * This JVM's --add-opens flags (bin/geostance's list, the pom's java17.opens) and its collector and compiler
     * flags (bin/geostance's defaults), for every JVM started here, so that executors run as a local job does.
     */
    private static List<String> jvmFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> arg.startsWith("--add-opens") || arg.startsWith("-Djdk.reflect")
                        || arg.equals("-XX:+UseParallelGC") || arg.startsWith("-XX:InlineSmallCode="))
                .toList();
    }

    /** Workers launch executors from SPARK_HOME/jars; a RELEASE file marks it as a distribution, not a build tree. */
    private static Path sparkHome(Path home, List<String> jars) throws IOException {
        Path dir = Files.createDirectories(home.resolve("jars"));
        for (String jar : jars) {
            Path source = Path.of(jar).toAbsolutePath();
            Path link = dir.resolve(source.getFileName());
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, source);
            }
        }
        Files.writeString(home.resolve("RELEASE"), "Spark jars of geostance's build, for a local standalone cluster\n");
        return home;
    }

    private Process launch(String name, String heap, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(jvmFlags());
        command.add("-cp");
        command.add(String.join(File.pathSeparator, sparkJars));
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

    private void awaitAliveWorker(int masterUi) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + LOOPBACK + ":" + masterUi + "/json/"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            for (Process process : started) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("master or worker died:\n" + log("master") + "\n" + log("worker"));
                }
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
        throw new IllegalStateException("no alive worker after " + STARTUP + ": " + last + "\n" + log("master") + "\n"
                + log("worker"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }
}
