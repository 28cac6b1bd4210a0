package org.geostance.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.geostance.cli.Main;
import org.geostance.output.OutputDirectory;
import org.geostance.output.RunReport;
import org.geostance.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a real run, in its own JVM, while it writes its tables: the previous output must stay byte for byte
 * as it was and readable, and the next run must succeed and remove what the killed one left.
 */
class KillDuringWriteTest {
    private static final long PATIENCE_NANOS = TimeUnit.MINUTES.toNanos(10);

    @TempDir
    Path workspace;

    @Test
    void aRunKilledWhileWritingLeavesThePreviousOutputWholeAndTheNextRunCleansUp() throws Exception {
        SparkSession spark = SharedSpark.session();
        Path output = workspace.resolve("out");
        assertThat(score(output)).isZero();
        String previousRun = marker(output);
        Map<String, String> previousFiles = digests(output);

        Process child = startScoreInAnotherJvm(output);
        List<String> console = new ArrayList<>();
        Thread reader = echo(child, console);
        Path staging = null;
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (staging == null && child.isAlive() && System.nanoTime() < deadline) {
            staging = writeInProgress(console);
            Thread.sleep(5);
        }
        child.destroyForcibly().waitFor();
        reader.join();
        assertThat(staging).as("the child reached its write stage; console:\n" + String.join("\n", console)).isNotNull();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        assertThat(staging).as("killed with a half-written staging folder").exists();
        assertThat(staging.resolve(OutputDirectory.SUCCESS_MARKER)).doesNotExist();

        assertThat(marker(output)).isEqualTo(previousRun);
        assertThat(digests(output)).isEqualTo(previousFiles);
        RunReport previous = RunReport.read(Files.readAllBytes(output.resolve("run.json")));
        previous.counts().rows().forEach((table, rows) ->
                assertThat(spark.read().parquet(output.resolve(table).toString()).count()).as(table).isEqualTo(rows));

        assertThat(score(output)).isZero();
        assertThat(marker(output)).isNotEqualTo(previousRun);
        try (Stream<Path> siblings = Files.list(workspace)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("out");
        }
    }

    /** The staging folder once the child has said it writes and a table folder has appeared in it, else null. */
    private Path writeInProgress(List<String> console) throws IOException {
        synchronized (console) {
            if (console.stream().noneMatch(line -> line.contains("[write]"))) {
                return null;
            }
        }
        try (Stream<Path> siblings = Files.list(workspace)) {
            for (Path staging : siblings.filter(p -> p.getFileName().toString().startsWith(".out.staging-")).toList()) {
                try (Stream<Path> tables = Files.list(staging)) {
                    if (tables.findAny().isPresent()) {
                        return staging;
                    }
                }
            }
        }
        return null;
    }

    private static int score(Path output) {
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return Main.run("score", "--input", "data/articles", "--metadata", "data/articles/metadata.csv",
                    "--output", output.toString(), "--csv");
        } finally {
            System.setOut(stdout);
        }
    }

    /** The same command as {@link #score}, in a JVM of its own with this JVM's classpath and Spark flags. */
    private static Process startScoreInAnotherJvm(Path output) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (flag.startsWith("--add-opens") || flag.startsWith("-Djdk.reflect")) {
                command.add(flag);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")), Main.class.getName(), "score", "--input", "data/articles",
                "--metadata", "data/articles/metadata.csv", "--output", output.toString(), "--csv", "--threads", "2"));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static Thread echo(Process child, List<String> console) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (console) {
                        console.add(line);
                    }
                }
            } catch (IOException ignored) {
                // The stream closes when the child is killed.
            }
        });
        reader.start();
        return reader;
    }

    private static String marker(Path output) throws IOException {
        return Files.readString(output.resolve(OutputDirectory.SUCCESS_MARKER)).strip();
    }

    private static Map<String, String> digests(Path folder) throws IOException, NoSuchAlgorithmException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                digests.put(folder.relativize(file).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
            }
        }
        return digests;
    }
}
