package org.geostance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geostance.bench.Benchmark;
import org.geostance.bench.SyntheticCorpus;
import org.apache.spark.sql.SparkSession;
import org.geostance.spark.LocalSpark;
import org.geostance.spark.StandaloneCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Generates synthetic corpora of the given sizes, measures the job on each, writes bench/results/*.json. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the job on synthetic French/English corpora of several sizes (local mode, or "
                + "--cluster).")
final class BenchCommand implements Callable<Integer> {
    /** Generated before the measured sizes and measured too, but not reported: JIT and caches warm up on it. */
    private static final int WARM_UP_PARAGRAPHS = 5_000;
    /** The worker's cores in --cluster mode: the machine's two, as in the issue's targets. */
    private static final int CLUSTER_CORES = 2;

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000", paramLabel = "N,N,...",
            description = "Corpus sizes in paragraphs (default: ${DEFAULT-VALUE}).")
    List<Long> sizes;

    @Option(names = "--seed", defaultValue = "20240501", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", defaultValue = "bench/work", paramLabel = "DIR",
            description = "Where corpora and job outputs go, deleted after each size (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--results", defaultValue = "bench/results", paramLabel = "DIR",
            description = "Where the JSON results go (default: ${DEFAULT-VALUE}).")
    Path results;

    @Option(names = "--threads", defaultValue = "0", description = "Local Spark threads (default: all cores).")
    int threads;

    @Option(names = "--no-baselines",
            description = "Only the end-to-end job: skip the scorer alone and the bare Spark NLP pipeline.")
    boolean noBaselines;

    @Option(names = "--cluster",
            description = "Run the job on a standalone master and worker (2 cores) started on 127.0.0.1, with the "
                    + "driver in this JVM, so the peak heap is the driver's alone (needs mvn package's job jar).")
    boolean cluster;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        SyntheticCorpus corpus = Benchmark.corpusLike(Defaults.home().resolve("data/articles"), seed);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("started", Instant.now().toString());
        json.put("machine", machine());
        json.put("seed", seed);
        List<Map<String, Object>> runs = new ArrayList<>();
        json.put("runs", runs);
        if (cluster) {
            Path home = Defaults.home();
            try (StandaloneCluster standalone = StandaloneCluster.start(work.resolve("cluster"),
                    StandaloneCluster.jarsIn(home.resolve("target/spark-classpath.txt")), CLUSTER_CORES, "4g")) {
                SparkSession spark = standalone.session("geostance-bench", jobJar(home), CLUSTER_CORES, "4g");
                try {
                    runSizes(spark, corpus, json, runs, out);
                } finally {
                    spark.stop();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the cluster ran", e);
            }
        } else {
            LocalSpark.withSession("geostance-bench", threads, false, spark -> {
                runSizes(spark, corpus, json, runs, out);
                return null;
            });
        }
        clean(work);
        Files.createDirectories(results);
        Path file = results.resolve("bench-" + json.get("started").toString().replaceAll("[^0-9]", "")
                .substring(0, 14) + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        printTable(out, runs);
        out.println("results: " + file);
        return 0;
    }

    private void runSizes(SparkSession spark, SyntheticCorpus corpus, Map<String, Object> json,
                          List<Map<String, Object>> runs, PrintStream out) throws IOException {
        spark.sparkContext().setLogLevel("WARN");
        json.put("master", spark.sparkContext().master());
        Benchmark benchmark = new Benchmark(spark, engineOptions.targetsPath(), engineOptions.lexiconsPath(), out);
        List<Long> all = new ArrayList<>();
        all.add((long) WARM_UP_PARAGRAPHS);
        all.addAll(sizes);
        for (int i = 0; i < all.size(); i++) {
            long size = all.get(i);
            Path folder = work.resolve("corpus-" + size);
            clean(work);
            out.printf("%n== generating %,d paragraphs into %s%n", size, folder);
            SyntheticCorpus.Written written = corpus.write(size, folder);
            Map<String, Object> run = benchmark.measure(written, folder.toAbsolutePath(),
                    work.resolve("output").toAbsolutePath(), i > 0 && !noBaselines);
            if (i > 0) {
                runs.add(run);
            }
        }
    }

    /** The job jar mvn package wrote next to the launcher's thin jar: what the executors load the job from. */
    private static Path jobJar(Path home) throws IOException {
        try (var jars = Files.list(home.resolve("target"))) {
            return jars.filter(jar -> jar.getFileName().toString().endsWith("-job.jar")).findFirst()
                    .orElseThrow(() -> new IOException("no target/*-job.jar under " + home + ": run mvn package"));
        }
    }

    @SuppressWarnings("unchecked")
    private static void printTable(PrintStream out, List<Map<String, Object>> runs) {
        out.printf("%n%12s %9s %11s %7s %10s %10s %11s %12s %12s %10s%n", "paragraphs", "seconds", "paragraphs/s",
                "MB/s", "heap MB", "heap GC MB", "full GC MB", "scorer 1t/s", "scorer all/s", "bare NLP/s");
        for (Map<String, Object> run : runs) {
            Map<String, Object> e2e = (Map<String, Object>) run.get("end_to_end");
            // The driver heap after full collections is measured only where the driver has its own JVM (--cluster).
            Object fullGc = e2e.get("heap_after_full_gc_mb");
            out.printf("%,12d %9.1f %,11.0f %7.2f %,10.0f %,10.0f %11s %12s %12s %10s%n",
                    (Long) run.get("paragraphs"), e2e.get("seconds"), e2e.get("paragraphs_per_second"),
                    e2e.get("mb_per_second"), e2e.get("peak_heap_mb"), e2e.get("peak_heap_after_gc_mb"),
                    fullGc == null ? "-" : String.format("%,.0f", fullGc),
                    rate(run, "scorer_1_thread"), rate(run, "scorer_all_cores"),
                    rate(run, "spark_nlp_document_sentence_token"));
            out.printf("%12s stages %s; ratios %s%n", "", e2e.get("stage_seconds"), run.getOrDefault("ratios", "-"));
        }
    }

    @SuppressWarnings("unchecked")
    private static String rate(Map<String, Object> run, String key) {
        Map<String, Object> measured = (Map<String, Object>) run.get(key);
        return measured == null ? "-" : String.format("%,.0f", measured.get("paragraphs_per_second"));
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1_000_000);
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("cpu", cpuModel());
        machine.put("load_average_at_start", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return machine;
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return System.getProperty("os.arch");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(cpuinfo),
                StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> l.startsWith("model name")).map(l -> l.replaceFirst(".*:\\s*", ""))
                    .findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    /** Deletes what a bench put into the work folder (corpora, job output) and nothing else. */
    private static void clean(Path work) throws IOException {
        if (!Files.isDirectory(work)) {
            return;
        }
        List<Path> ours;
        try (var children = Files.list(work)) {
            ours = children.filter(p -> p.getFileName().toString().matches("corpus-\\d+|output")).toList();
        }
        for (Path folder : ours) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
