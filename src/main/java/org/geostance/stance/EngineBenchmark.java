package org.geostance.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.geostance.spark.LocalSpark;
import org.geostance.ingest.Article;
import org.geostance.ingest.LocalArticles;
import org.geostance.targets.Mention;
import org.geostance.targets.TargetDictionary;
import org.geostance.targets.TargetMatcher;
import org.geostance.text.AnalyzedText;
import org.geostance.text.LanguageDetector;
import org.geostance.text.TextAnalyzer;

/**
 * Times {@link StanceEngine#score} alone, on one thread: the sample paragraphs (default: the sample corpus in
 * data/articles) are read with the job's parser, analysed once, their languages detected and their target
 * references found once with the shipped targets, then scored over and over. Run by {@code geostance
 * bench-engine}; prints paragraphs per CPU-second.
 */
public final class EngineBenchmark {
    private EngineBenchmark() {}

    /** Needs no SparkSession running: it starts one only to build the tokenizer, and stops it before timing. */
    public static void run(List<String> inputs, double seconds, StanceEngine engine, TargetDictionary targets)
            throws java.io.IOException {
        TargetMatcher matcher = new TargetMatcher(targets);
        LanguageDetector detector = new LanguageDetector();
        SparkSession spark = LocalSpark.session("engine-benchmark", 1, false);
        TextAnalyzer analyzer = TextAnalyzer.create();
        List<AnalyzedText> texts = new ArrayList<>();
        List<List<Mention>> mentions = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        for (Article article : LocalArticles.read(inputs)) {
            for (String paragraph : article.paragraphs()) {
                AnalyzedText text = analyzer.analyze(paragraph);
                String language = detector.detect(paragraph);
                texts.add(text);
                mentions.add(matcher.find(text, language, article.date()));
                languages.add(language);
            }
        }
        spark.stop();
        int tokens = texts.stream().mapToInt(t -> t.tokens().size()).sum();
        System.out.printf(Locale.ROOT, "%d paragraphs, %.1f tokens on average, lexicons %s%n", texts.size(),
                (double) tokens / texts.size(), engine.digest().substring(0, 12));
        long sink = 0;
        // Warm-up: let the JIT compile the hot paths.
        long warmEnd = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (int p = 0; p < texts.size(); p++) {
                sink += engine.score(texts.get(p), languages.get(p), mentions.get(p)).size();
            }
        }
        long scored = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            for (int p = 0; p < texts.size(); p++) {
                sink += engine.score(texts.get(p), languages.get(p), mentions.get(p)).size();
            }
            scored += texts.size();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // CPU time is the fair measure on a shared machine: wall time counts the other processes' turns too.
        System.out.printf(Locale.ROOT, "score(): %,.0f paragraphs per CPU-second on 1 thread; %,.0f per wall-second"
                + " (%,d paragraphs, %.1f s wall, %.1f s CPU; %d)%n", scored / cpu, scored / elapsed, scored, elapsed, cpu,
                sink % 7);
    }
}
