package org.geostance.spark;

import java.util.ArrayList;
import java.util.List;
import org.geostance.ingest.Article;
import org.geostance.ingest.Rejection;
import org.geostance.stance.ParagraphScorer;
import org.geostance.stance.Speaker;
import org.geostance.text.AnalyzedText;

/**
 * One article scored paragraph by paragraph, or, when scoring one of its paragraphs fails, rejected with the
 * paragraph and the error named. Plain Java: the job calls it in its tasks, tests without Spark.
 *
 * @param results   one result per paragraph, in order; empty when rejected
 * @param rejection null when every paragraph was scored
 */
public record ScoredArticle(List<ParagraphScorer.Result> results, Rejection rejection) {
    private static final int MAX_MESSAGE = 200;

    /**
     * A failure of the scorer on one odd paragraph (an exception, or the tokenizer's regular expressions running
     * out of stack on a pathological token) rejects the article instead of failing the Spark task, which would
     * end the whole run.
     */
    public static ScoredArticle of(ParagraphScorer scorer, Article article) {
        return of(scorer, article, null);
    }

    /**
     * @param analyzed the paragraphs' analyses ({@link ParagraphScorer#analyze}), or null to analyse each one
     *                 as it is scored
     */
    public static ScoredArticle of(ParagraphScorer scorer, Article article, List<AnalyzedText> analyzed) {
        List<String> paragraphs = article.paragraphs();
        List<ParagraphScorer.Result> results = new ArrayList<>(paragraphs.size());
        int i = 0;
        try {
            String language = scorer.articleLanguage(paragraphs, article.language());
            // A quotation that runs on from one paragraph into the next keeps its speaker there.
            ParagraphScorer.Result previous = null;
            Speaker previousCarried = null;
            for (; i < paragraphs.size(); i++) {
                String paragraph = paragraphs.get(i);
                AnalyzedText text = analyzed == null ? scorer.analyze(paragraph) : analyzed.get(i);
                Speaker carried = scorer.carriedInto(text, previous, previousCarried);
                previous = scorer.score(paragraph, text, language, article.date(), carried);
                previousCarried = carried;
                results.add(previous);
            }
        } catch (RuntimeException | StackOverflowError e) {
            return new ScoredArticle(List.of(), new Rejection(article.input(), Rejection.SCORING_FAILED,
                    article.input() + " paragraph " + (i + 1) + ": scoring failed with " + describe(e)
                            + "; the article is left out and the run goes on"));
        }
        return new ScoredArticle(results, null);
    }

    public boolean scored() {
        return rejection == null;
    }

    private static String describe(Throwable error) {
        String message = error.getMessage() == null ? "" : error.getMessage().replaceAll("\\s+", " ").strip();
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "…";
        }
        return error.getClass().getSimpleName() + (message.isEmpty() ? "" : " (" + message + ")");
    }
}
