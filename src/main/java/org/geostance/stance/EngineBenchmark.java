package org.geostance.stance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.geostance.spark.LocalSpark;
import org.geostance.targets.AliasKind;
import org.geostance.targets.Mention;
import org.geostance.text.AnalyzedText;
import org.geostance.text.Folding;
import org.geostance.text.TextAnalyzer;
import org.geostance.text.Token;

/**
 * Times {@link StanceEngine#score} alone, on one thread: the sample paragraphs (default: the seed article) are
 * analysed once, their target mentions found once, then scored over and over.
 *
 * <p>Usage: {@code EngineBenchmark [article.txt ...] [--seconds N] [--lexicons DIR]}. Prints paragraphs/s.
 */
public final class EngineBenchmark {
    private EngineBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Path> articles = new ArrayList<>();
        double seconds = 5;
        Path lexicons = Path.of("data/lexicons");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--lexicons" -> lexicons = Path.of(args[++i]);
                default -> articles.add(Path.of(args[i]));
            }
        }
        if (articles.isEmpty()) {
            articles.add(Path.of("data/articles/seed_2020-07_iran-syria.txt"));
        }
        StanceEngine engine = StanceEngine.load(lexicons);
        SparkSession spark = LocalSpark.session("engine-benchmark", 1, false);
        TextAnalyzer analyzer = TextAnalyzer.create();
        List<AnalyzedText> texts = new ArrayList<>();
        List<List<Mention>> mentions = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        for (Path article : articles) {
            String raw = Files.readString(article, StandardCharsets.UTF_8).replaceFirst("^\\s*date\\s+\\S+\\s*", "");
            String language = article.getFileName().toString().startsWith("en_") ? "en" : "fr";
            for (String paragraph : raw.split("\\n\\s*\\n")) {
                if (paragraph.isBlank()) {
                    continue;
                }
                AnalyzedText text = analyzer.analyze(paragraph.strip());
                texts.add(text);
                mentions.add(mentions(text));
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

    /** The three targets' common names and demonyms, enough to time the engine without the target matcher. */
    private static final String[][] ALIASES = {
        {"USA", "NAME", "etats-unis", "united states", "u.s.", "us", "amerique", "america", "washington"},
        {"USA", "DEMONYM", "americain", "americaine", "americains", "americaines", "american", "americans"},
        {"TUR", "NAME", "turquie", "turkey", "ankara"},
        {"TUR", "DEMONYM", "turc", "turque", "turcs", "turques", "turkish"},
        {"ISR", "NAME", "israel"},
        {"ISR", "DEMONYM", "israelien", "israelienne", "israeliens", "israeliennes", "israeli", "israelis"},
    };

    private static List<Mention> mentions(AnalyzedText text) {
        List<Mention> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String key = Folding.key(tokens.get(i).text());
            for (String[] alias : ALIASES) {
                for (int a = 2; a < alias.length; a++) {
                    if (alias[a].equals(key)) {
                        Token t = tokens.get(i);
                        out.add(new Mention(alias[0], t.text(), AliasKind.valueOf(alias[1]), i, i + 1, t.begin(), t.end()));
                    }
                }
            }
        }
        return out;
    }
}
