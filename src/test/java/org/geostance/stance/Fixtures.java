package org.geostance.stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.geostance.targets.Mention;
import org.geostance.targets.TargetDictionary;
import org.geostance.targets.TargetMatcher;
import org.geostance.testing.SharedSpark;
import org.geostance.text.AnalyzedText;

/** Shared test fixtures: the engine loaded from data/lexicons, the shipped target matcher, article reading. */
public final class Fixtures {
    static final Path LEXICONS = Path.of("data/lexicons");
    static final Path SEED = Path.of("data/articles/seed_2020-07_iran-syria.txt");
    /** The job's own matcher on the shipped data/targets.json: rules are tested on the references the job finds. */
    static final TargetMatcher MATCHER = new TargetMatcher(TargetDictionary.load(Path.of("data/targets.json")));
    private static StanceEngine engine;

    private Fixtures() {}

    public static synchronized StanceEngine engine() {
        if (engine == null) {
            engine = StanceEngine.load(LEXICONS);
        }
        return engine;
    }

    public static List<Mention> mentions(AnalyzedText text, String language, String date) {
        return MATCHER.find(text, language, date);
    }

    /** The stance of one paragraph toward one target it must reference, as the job scores it. */
    static TargetStance stanceOf(String language, String date, String paragraph, String target) {
        return stanceOf(engine(), language, date, paragraph, target);
    }

    /** As {@link #stanceOf(String, String, String, String)} by the hand decision: the rules alone, no layer. */
    static TargetStance handStanceOf(String language, String date, String paragraph, String target) {
        return stanceOf(engine().handDecision(), language, date, paragraph, target);
    }

    private static TargetStance stanceOf(StanceEngine scoring, String language, String date, String paragraph,
                                         String target) {
        AnalyzedText text = SharedSpark.analyzer().analyze(paragraph);
        return scoring.score(text, language, mentions(text, language, date)).stream()
                .filter(t -> t.target().equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError(target + " not mentioned in: " + paragraph));
    }

    /** Paragraphs of an article file: the "date …" header dropped, split on blank lines, blanks skipped. */
    /** Every rule named by a stance's evidence, in order. */
    static List<String> rules(TargetStance stance) {
        return stance.evidence().stream().flatMap(e -> e.rules().stream()).toList();
    }

    static List<String> paragraphs(Path article) {
        String text;
        try {
            text = Files.readString(article, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        text = text.replaceFirst("^\\s*date\\s+\\d{4}-\\d{2}(-\\d{2})?\\s*", "");
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /** Gold labels: article → paragraph → target → label. */
    static Map<String, Map<Integer, Map<String, String>>> gold(Path tsv) {
        Map<String, Map<Integer, Map<String, String>>> out = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                String[] c = line.split("\t");
                if (c.length < 4 || c[0].equals("article_id")) {
                    continue;
                }
                out.computeIfAbsent(c[0], k -> new TreeMap<>()).computeIfAbsent(Integer.parseInt(c[1]), k -> new TreeMap<>())
                        .put(c[2], c[3].strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
