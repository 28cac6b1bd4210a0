package org.geostance.stance;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.geostance.targets.Mention;
import org.geostance.testing.SharedSpark;
import org.geostance.text.AnalyzedText;

/**
 * Quick evaluation on the dev split only (data/gold/dev.tsv): favor-F1, against-F1 and their mean per language,
 * calibration of confidence ≥ 0.8, and every disagreement with its evidence into target/dev-errors.txt.
 * Uses the real org.geostance.targets.TargetMatcher when it is on the class path (by reflection, with
 * -Dtargets.json=...), else the test stand-in {@link TestMentions}. Never pointed at the test split.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:<deps> org.geostance.stance.DevEvaluation}
 */
public final class DevEvaluation {
    private DevEvaluation() {}

    public static void main(String[] args) throws Exception {
        Path gold = Path.of(args.length > 0 ? args[0] : "data/gold/dev.tsv");
        if (gold.toString().contains("test")) {
            throw new IllegalArgumentException("the test split is for measuring only, not for this tuning tool");
        }
        Path articles = gold.resolveSibling("dev");
        StanceEngine engine = StanceEngine.load(Path.of("data/lexicons"));
        BiFunction<AnalyzedText, Object[], List<Mention>> matcher = matcher();
        Map<String, Map<Integer, Map<String, String>>> labels = Fixtures.gold(gold);
        Map<String, int[][]> confusion = new TreeMap<>(); // lang → [gold][pred] over none/neutral/favor/against/mixed
        List<String> classes = List.of("none", "neutral", "favor", "against", "mixed");
        int confident = 0;
        int confidentRight = 0;
        StringBuilder errors = new StringBuilder();
        for (Map.Entry<String, Map<Integer, Map<String, String>>> article : labels.entrySet()) {
            String id = article.getKey();
            String language = id.substring(0, 2);
            Path file = articles.resolve(id + ".txt");
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            String date = raw.strip().startsWith("date ") ? raw.strip().split("\\s+")[1] : null;
            List<String> paragraphs = Fixtures.paragraphs(file);
            for (Map.Entry<Integer, Map<String, String>> p : article.getValue().entrySet()) {
                String paragraph = paragraphs.get(p.getKey() - 1);
                AnalyzedText text = SharedSpark.analyzer().analyze(paragraph);
                List<Mention> mentions = matcher.apply(text, new Object[] {language, date});
                Map<String, TargetStance> byTarget = new LinkedHashMap<>();
                for (TargetStance ts : engine.score(text, language, mentions)) {
                    byTarget.put(ts.target(), ts);
                }
                for (Map.Entry<String, String> t : p.getValue().entrySet()) {
                    TargetStance ts = byTarget.get(t.getKey());
                    String predicted = ts == null ? "none" : ts.stance().label();
                    String expected = t.getValue();
                    int[][] m = confusion.computeIfAbsent(language, k -> new int[5][5]);
                    m[classes.indexOf(expected)][classes.indexOf(predicted)]++;
                    if (ts != null && ts.confidence() >= 0.8) {
                        confident++;
                        if (predicted.equals(expected)) {
                            confidentRight++;
                        }
                    }
                    if (!predicted.equals(expected)) {
                        errors.append(String.format("%s #%d %s gold=%s pred=%s%s%n", id, p.getKey(), t.getKey(), expected,
                                predicted, ts == null ? "" : String.format(" score=%.2f conf=%.2f", ts.score(), ts.confidence())));
                        if (ts != null) {
                            ts.evidence().forEach(e -> errors.append("      ").append(e.describe()).append('\n'));
                        }
                        errors.append("    | ").append(paragraph.replace('\n', ' ')).append('\n');
                    }
                }
            }
        }
        PrintStream out = System.out;
        double sum = 0;
        for (Map.Entry<String, int[][]> e : confusion.entrySet()) {
            int[][] m = e.getValue();
            double favor = f1(m, 2);
            double against = f1(m, 3);
            sum += (favor + against) / 2;
            out.printf("%s: favor-F1 %.3f  against-F1 %.3f  F_avg %.3f   (rows gold×pred none/neutral/favor/against/mixed: %s)%n",
                    e.getKey(), favor, against, (favor + against) / 2, java.util.Arrays.deepToString(m));
        }
        out.printf("confidence>=0.8: %d pairs, %.1f%% right%n", confident, confident == 0 ? 0 : 100.0 * confidentRight / confident);
        Path report = Path.of("target/dev-errors.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, errors.toString());
        out.println("errors: " + report);
        System.exit(0);
    }

    private static double f1(int[][] m, int c) {
        int tp = m[c][c];
        int predicted = 0;
        int gold = 0;
        for (int i = 0; i < m.length; i++) {
            predicted += m[i][c];
            gold += m[c][i];
        }
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @SuppressWarnings("unchecked")
    private static BiFunction<AnalyzedText, Object[], List<Mention>> matcher() {
        try {
            Class<?> dictionaryClass = Class.forName("org.geostance.targets.TargetDictionary");
            Class<?> matcherClass = Class.forName("org.geostance.targets.TargetMatcher");
            Object dictionary = dictionaryClass.getMethod("load", Path.class)
                    .invoke(null, Path.of(System.getProperty("targets.json", "data/targets.json")));
            Object matcher = matcherClass.getConstructor(dictionaryClass).newInstance(dictionary);
            var find = matcherClass.getMethod("find", AnalyzedText.class, String.class, String.class);
            System.out.println("mentions: real TargetMatcher");
            return (text, la) -> {
                try {
                    return (List<Mention>) find.invoke(matcher, text, la[0], la[1]);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (ClassNotFoundException e) {
            System.out.println("mentions: test stand-in (TestMentions)");
            return (text, la) -> TestMentions.find(text);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
