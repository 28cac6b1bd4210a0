package org.geostance.output;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.geostance.ingest.Article;
import org.geostance.ingest.Rejection;
import org.geostance.stance.ParagraphScorer;

/**
 * What one article gives the tables: a row per paragraph and a row per paragraph and target, or, when scoring one
 * of its paragraphs fails, no rows and a rejection naming the paragraph and the error.
 *
 * @param paragraphs    the article's paragraph count, which the paragraphs table must match when it is scored
 * @param paragraphRows rows of {@link Tables#PARAGRAPHS_SCHEMA}
 * @param stanceRows    rows of {@link Tables#PARAGRAPH_STANCE_SCHEMA}
 * @param rejection     null when the article was scored
 */
public record ScoredArticle(int paragraphs, List<Row> paragraphRows, List<Row> stanceRows, Rejection rejection)
        implements Serializable {
    private static final int MAX_MESSAGE = 200;

    /**
     * Scores every paragraph. A failure of the scorer on one odd paragraph (an exception, or the regular
     * expressions of the tokenizer running out of stack on a pathological token) rejects the article instead of
     * failing the Spark task, which would end the whole run.
     */
    public static ScoredArticle of(ParagraphScorer scorer, Article article) {
        List<String> paragraphs = article.paragraphs();
        List<Row> paragraphRows = new ArrayList<>(paragraphs.size());
        List<Row> stanceRows = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i);
            ParagraphScorer.Result result;
            try {
                result = scorer.score(text, article.language(), article.date());
            } catch (RuntimeException | StackOverflowError e) {
                return new ScoredArticle(paragraphs.size(), List.of(), List.of(), new Rejection(article.input(),
                        Rejection.SCORING_FAILED, article.input() + " paragraph " + (i + 1) + ": scoring failed with "
                        + describe(e) + "; the article is left out and the run goes on"));
            }
            paragraphRows.add(Tables.paragraphRow(article, i + 1, text, result));
            stanceRows.addAll(Tables.stanceRows(article, i + 1, result));
        }
        return new ScoredArticle(paragraphs.size(), paragraphRows, stanceRows, null);
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
