package org.geostance.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.geostance.ingest.Article;
import org.geostance.spark.ScoredArticle;
import org.geostance.stance.ParagraphScorer;
import org.geostance.stance.TargetStance;

/** Scores the gold paragraphs with the same scorer the job uses and tallies the measures per language. */
public final class Evaluator {
    public static final String ALL = "all";

    private Evaluator() {}

    /**
     * One gold pair as the job scored it.
     *
     * @param stance the job's stance toward the pair's target, null when it found no reference
     * @param scored  everything the job found in the paragraph (tokens, references, every target's stance)
     */
    public record Outcome(GoldSet.Key key, GoldLabel gold, Metrics.Predicted predicted, String language,
                          String paragraph, TargetStance stance, ParagraphScorer.Result scored) {
        public boolean agrees() {
            return gold.name().equals(predicted.name());
        }
    }

    /** Measures per detected paragraph language, plus {@link #ALL}. Every gold paragraph must be in the articles. */
    public static Map<String, Metrics> evaluate(GoldSet gold, List<Article> articles, ParagraphScorer scorer) {
        return evaluate(gold, articles, scorer, outcome -> { });
    }

    /** As {@link #evaluate(GoldSet, List, ParagraphScorer)}, handing every scored pair to {@code each}, in gold order. */
    public static Map<String, Metrics> evaluate(GoldSet gold, List<Article> articles, ParagraphScorer scorer,
                                                Consumer<Outcome> each) {
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(article -> byId.putIfAbsent(article.id(), article));
        // Whole articles, in order, as the job scores them: a paragraph can take its speaker from the one before.
        Map<String, List<ParagraphScorer.Result>> scored = new HashMap<>();
        Map<String, Metrics> metrics = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        gold.labels().forEach((key, label) -> {
            Article article = byId.get(key.articleId());
            if (article == null || key.paragraph() < 1 || key.paragraph() > article.paragraphs().size()) {
                missing.add(key.articleId() + "#" + key.paragraph());
                return;
            }
            String paragraph = article.paragraphs().get(key.paragraph() - 1);
            ParagraphScorer.Result result = scored.computeIfAbsent(article.id(), id -> scoreArticle(scorer, article))
                    .get(key.paragraph() - 1);
            TargetStance stance = result.stances().stream()
                    .filter(s -> s.target().equals(key.target())).findFirst().orElse(null);
            Metrics.Predicted predicted = stance == null ? Metrics.Predicted.NONE
                    : Metrics.Predicted.valueOf(stance.stance().name());
            double confidence = stance == null ? 0 : stance.confidence();
            metrics.computeIfAbsent(result.language(), l -> new Metrics()).add(label, predicted, confidence);
            metrics.computeIfAbsent(ALL, l -> new Metrics()).add(label, predicted, confidence);
            each.accept(new Outcome(key, label, predicted, result.language(), paragraph, stance, result));
        });
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("gold paragraphs not found in the input: "
                    + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                    + (missing.size() > 5 ? " and " + (missing.size() - 5) + " more" : ""));
        }
        return metrics;
    }

    private static List<ParagraphScorer.Result> scoreArticle(ParagraphScorer scorer, Article article) {
        ScoredArticle scored = ScoredArticle.of(scorer, article);
        if (!scored.scored()) {
            throw new IllegalStateException(scored.rejection().detail());
        }
        return scored.results();
    }
}
