package org.geostance.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.split;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.geostance.ingest.Article;
import org.geostance.ingest.ArticleParser;
import org.geostance.output.RunReport;
import org.geostance.spark.ConsoleProgress;
import org.geostance.spark.JobConfig;
import org.geostance.spark.ScoringJob;
import org.geostance.stance.ParagraphScorer;
import org.geostance.stance.StanceEngine;
import org.geostance.targets.Mention;
import org.geostance.targets.TargetDictionary;
import org.geostance.targets.TargetMatcher;
import org.geostance.text.AnalyzedText;
import org.geostance.text.LanguageDetector;
import org.geostance.text.TextAnalyzer;

/**
 * Measures one corpus size: the whole job end to end (wall time, per step, peak heap of this driver JVM), the
 * paragraph scorer alone without Spark (one thread, then every core), where the scorer's time goes, and a bare
 * Spark NLP document → sentence → token DataFrame pipeline over the same paragraphs.
 */
public final class Benchmark {
    /** Paragraphs timed for the per-part breakdown of the scorer: enough for stable microseconds. */
    private static final int BREAKDOWN_PARAGRAPHS = 20_000;

    private final SparkSession spark;
    private final Path targets;
    private final Path lexicons;
    private final PrintStream out;

    public Benchmark(SparkSession spark, Path targets, Path lexicons, PrintStream out) {
        this.spark = spark;
        this.targets = targets;
        this.lexicons = lexicons;
        this.out = out;
    }

    /** Runs every measurement on the corpus and returns them, keyed as in bench/results/*.json. */
    public Map<String, Object> measure(SyntheticCorpus.Written corpus, Path corpusFolder, Path output,
                                       boolean baselines) throws IOException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("paragraphs", corpus.paragraphs());
        result.put("articles", corpus.articles());
        result.put("files", corpus.files().size());
        result.put("megabytes", round(corpus.bytes() / 1e6));
        Map<String, Object> endToEnd = endToEnd(corpus, corpusFolder, output);
        result.put("end_to_end", endToEnd);
        if (baselines) {
            List<List<List<String>>> paragraphs = articlesByFile(corpus.files());
            ParagraphScorer scorer = ParagraphScorer.create(TargetDictionary.load(targets), StanceEngine.load(lexicons));
            Map<String, Object> one = scorerAlone(scorer, paragraphs, 1, corpus.bytes());
            int cores = Runtime.getRuntime().availableProcessors();
            Map<String, Object> all = scorerAlone(scorer, paragraphs, cores, corpus.bytes());
            result.put("scorer_1_thread", one);
            result.put("scorer_all_cores", all);
            result.put("scorer_microseconds_per_paragraph", breakdown(paragraphs));
            Map<String, Object> bare = bareSparkNlp(corpusFolder, corpus);
            result.put("spark_nlp_document_sentence_token", bare);
            double e2e = (double) endToEnd.get("paragraphs_per_second");
            Map<String, Object> ratios = new LinkedHashMap<>();
            ratios.put("end_to_end_vs_scorer_1_thread", round(e2e / (double) one.get("paragraphs_per_second")));
            ratios.put("end_to_end_vs_scorer_all_cores", round(e2e / (double) all.get("paragraphs_per_second")));
            ratios.put("end_to_end_vs_spark_nlp_bare", round(e2e / (double) bare.get("paragraphs_per_second")));
            result.put("ratios", ratios);
        }
        return result;
    }

    private Map<String, Object> endToEnd(SyntheticCorpus.Written corpus, Path corpusFolder, Path output)
            throws IOException {
        out.printf("%n== end to end: %,d paragraphs (%,d articles, %.0f MB)%n", corpus.paragraphs(),
                corpus.articles(), corpus.bytes() / 1e6);
        System.gc();
        ConsoleProgress progress = new ConsoleProgress(out);
        spark.sparkContext().addSparkListener(progress);
        StepCosts costs = new StepCosts();
        spark.sparkContext().addSparkListener(costs);
        // Only where the driver has a JVM of its own: in local mode the executors' memory is in the same heap, and
        // a full collection of it at each step would cost seconds of the measured time.
        StepHeap stepHeap = spark.sparkContext().isLocal() ? null : new StepHeap();
        if (stepHeap != null) {
            spark.sparkContext().addSparkListener(stepHeap);
        }
        RunReport report;
        long cpu = cpuNanos();
        ThreadCpu threadsBefore = ThreadCpu.now();
        long start = System.nanoTime();
        try (HeapSampler heap = new HeapSampler()) {
            report = new ScoringJob(spark, progress).run(new JobConfig(List.of(corpusFolder.toString()),
                    output.toString(), null, targets, lexicons, false, 0));
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Object> result = rates(seconds, cpu, corpus.paragraphs(), corpus.bytes());
            result.put("stage_seconds", report.stageSeconds());
            result.put("step_costs", costs.byStep(spark.sparkContext()));
            // Where the CPU outside the tasks goes: mostly the JIT compilers on this machine, not the collector.
            result.put("thread_cpu_seconds", ThreadCpu.now().since(threadsBefore));
            if (stepHeap != null) {
                // After the wall time is taken, so that only the step points' collections fall inside it.
                stepHeap.record("end");
            }
            result.put("peak_heap_mb", round(heap.peakUsedBytes() / 1e6));
            result.put("peak_heap_after_gc_mb", round(heap.peakAfterGcBytes() / 1e6));
            if (stepHeap != null) {
                result.put("heap_after_full_gc_mb", round(stepHeap.maxBytes() / 1e6));
                result.put("heap_after_full_gc_by_point_mb", stepHeap.megabytes());
            }
            result.put("paragraph_stance_rows", report.counts().rows().get("paragraph_stance"));
            out.printf("   %.1f s, %,.0f paragraphs/s (%,.0f per CPU second), peak heap %,.0f MB (%,.0f MB after GC)%n",
                    seconds, result.get("paragraphs_per_second"), result.get("paragraphs_per_cpu_second"),
                    heap.peakUsedBytes() / 1e6, heap.peakAfterGcBytes() / 1e6);
            if (stepHeap != null) {
                out.printf("   driver heap after a full GC at each step's start and at the end, MB: %s%n",
                        result.get("heap_after_full_gc_by_point_mb"));
            }
            out.printf("   per step (Spark jobs, stages, tasks, task CPU s): %s%n", result.get("step_costs"));
            out.printf("   CPU s by thread kind: %s%n", result.get("thread_cpu_seconds"));
            return result;
        } finally {
            spark.sparkContext().removeSparkListener(progress);
            spark.sparkContext().removeSparkListener(costs);
            if (stepHeap != null) {
                spark.sparkContext().removeSparkListener(stepHeap);
            }
        }
    }

    /**
     * The scorer over every paragraph, in batches of articles as the job calls it, files shared out among the threads;
     * parsing is not timed.
     */
    private Map<String, Object> scorerAlone(ParagraphScorer scorer, List<List<List<String>>> files, int threads,
                                            long bytes) {
        out.printf("== scorer alone, %d thread(s)%n", threads);
        ConcurrentLinkedQueue<List<List<String>>> queue = new ConcurrentLinkedQueue<>(files);
        AtomicLong scored = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long cpu = cpuNanos();
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (List<List<String>> file = queue.poll(); file != null; file = queue.poll()) {
                        for (List<List<String>> batch : batches(file)) {
                            List<String> paragraphs = batch.stream().flatMap(List::stream).toList();
                            List<AnalyzedText> analyzed = scorer.analyze(paragraphs);
                            for (int p = 0; p < paragraphs.size(); p++) {
                                scorer.score(paragraphs.get(p), analyzed.get(p), null, "2022-01-01");
                            }
                            scored.addAndGet(paragraphs.size());
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("scorer benchmark failed", e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> result = rates(seconds, cpu, scored.get(), bytes);
        result.put("threads", threads);
        result.put("paragraphs_per_second_per_thread", round((double) result.get("paragraphs_per_second") / threads));
        out.printf("   %.1f s, %,.0f paragraphs/s (%,.0f per CPU second)%n", seconds,
                result.get("paragraphs_per_second"), result.get("paragraphs_per_cpu_second"));
        return result;
    }

    /**
     * The scorer's four parts timed one after the other, one thread, microseconds per paragraph; tokens are
     * analysed a batch of articles at a time, as the job does.
     */
    private Map<String, Object> breakdown(List<List<List<String>>> files) {
        List<List<String>> articles = new ArrayList<>();
        List<String> sample = new ArrayList<>();
        files.stream().flatMap(List::stream).takeWhile(article -> sample.size() < BREAKDOWN_PARAGRAPHS)
                .forEach(article -> {
                    articles.add(article);
                    sample.addAll(article);
                });
        LanguageDetector languages = new LanguageDetector();
        TextAnalyzer analyzer = TextAnalyzer.create();
        TargetMatcher matcher = new TargetMatcher(TargetDictionary.load(targets));
        StanceEngine engine = StanceEngine.load(lexicons);
        String[] language = new String[sample.size()];
        AnalyzedText[] texts = new AnalyzedText[sample.size()];
        List<List<Mention>> mentions = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < sample.size(); i++) {
            language[i] = languages.detect(sample.get(i));
        }
        long t1 = System.nanoTime();
        int next = 0;
        for (List<List<String>> batch : batches(articles)) {
            for (AnalyzedText text : analyzer.analyzeAll(batch.stream().flatMap(List::stream).toList())) {
                texts[next++] = text;
            }
        }
        long t2 = System.nanoTime();
        for (int i = 0; i < sample.size(); i++) {
            mentions.add(matcher.find(texts[i], language[i], "2022-01-01"));
        }
        long t3 = System.nanoTime();
        for (int i = 0; i < sample.size(); i++) {
            engine.score(texts[i], language[i], mentions.get(i));
        }
        long t4 = System.nanoTime();
        double n = sample.size() * 1e3;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("paragraphs", sample.size());
        result.put("language", round((t1 - t0) / n));
        result.put("tokens_and_sentences", round((t2 - t1) / n));
        result.put("target_references", round((t3 - t2) / n));
        result.put("stance_engine", round((t4 - t3) / n));
        out.printf("== scorer parts (us/paragraph, 1 thread, first %,d paragraphs): %s%n", sample.size(), result);
        return result;
    }

    private Map<String, Object> bareSparkNlp(Path corpusFolder, SyntheticCorpus.Written corpus) {
        out.println("== bare Spark NLP: document -> sentence -> token");
        DocumentAssembler document = new DocumentAssembler();
        document.setInputCol("text");
        document.setOutputCol("document");
        SentenceDetector sentence = new SentenceDetector();
        sentence.setInputCols(new String[] {"document"});
        sentence.setOutputCol("sentence");
        Tokenizer token = new Tokenizer();
        token.setInputCols(new String[] {"sentence"});
        token.setOutputCol("token");
        int partitions = Math.max(spark.sparkContext().defaultParallelism(), (int) (corpus.bytes() >> 22));
        long cpu = cpuNanos();
        long start = System.nanoTime();
        Dataset<Row> paragraphs = spark.read().json(corpusFolder.toString())
                .select(explode(split(col("text"), "\n\n")).as("text"))
                .repartition(partitions);
        Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {document, sentence, token});
        pipeline.fit(paragraphs).transform(paragraphs).select("token").write().format("noop").mode("overwrite").save();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> result = rates(seconds, cpu, corpus.paragraphs(), corpus.bytes());
        out.printf("   %.1f s, %,.0f paragraphs/s (%,.0f per CPU second)%n", seconds,
                result.get("paragraphs_per_second"), result.get("paragraphs_per_cpu_second"));
        return result;
    }

    /** Consecutive articles in groups of {@link ParagraphScorer#ARTICLES_PER_BATCH}, the job's batches. */
    private static List<List<List<String>>> batches(List<List<String>> articles) {
        List<List<List<String>>> batches = new ArrayList<>();
        for (int i = 0; i < articles.size(); i += ParagraphScorer.ARTICLES_PER_BATCH) {
            batches.add(articles.subList(i, Math.min(articles.size(), i + ParagraphScorer.ARTICLES_PER_BATCH)));
        }
        return batches;
    }

    private static List<List<List<String>>> articlesByFile(List<Path> files) {
        ArticleParser parser = new ArticleParser(Map.of());
        List<List<List<String>>> byFile = new ArrayList<>();
        for (Path file : files) {
            try {
                List<List<String>> articles = new ArrayList<>();
                for (Article article : parser.parse(file.toString(), Files.readAllBytes(file)).articles()) {
                    articles.add(article.paragraphs());
                }
                byFile.add(articles);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return byFile;
    }

    /** Paragraph lengths and paragraphs per article of the sample articles, for the synthetic corpus. */
    public static SyntheticCorpus corpusLike(Path sampleFolder, long seed) throws IOException {
        ArticleParser parser = new ArticleParser(Map.of());
        List<Integer> chars = new ArrayList<>();
        List<Integer> perArticle = new ArrayList<>();
        try (Stream<Path> files = Files.list(sampleFolder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".jsonl"))
                    .sorted().toList()) {
                for (Article article : parser.parse(file.toString(), Files.readAllBytes(file)).articles()) {
                    perArticle.add(article.paragraphs().size());
                    article.paragraphs().forEach(p -> chars.add(p.length()));
                }
            }
        }
        return new SyntheticCorpus(seed, chars.stream().mapToInt(Integer::intValue).toArray(),
                perArticle.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Wall-clock rates, plus the CPU this JVM spent: on a machine shared with other work, paragraphs per CPU
     * second says what the job costs when wall time says mostly how busy the neighbours were.
     */
    private static Map<String, Object> rates(double seconds, long cpuNanosAtStart, long paragraphs, long bytes) {
        double cpuSeconds = (cpuNanos() - cpuNanosAtStart) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("seconds", round(seconds));
        result.put("paragraphs_per_second", round(paragraphs / seconds));
        result.put("mb_per_second", round(bytes / 1e6 / seconds));
        result.put("cpu_seconds", round(cpuSeconds));
        result.put("paragraphs_per_cpu_second", round(paragraphs / cpuSeconds));
        return result;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
