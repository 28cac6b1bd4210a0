package org.geostance.ingest;

import java.io.Serializable;

/**
 * Side information about an article, keyed by article id (usually from {@code metadata.csv}). Blank values become
 * null and the date is normalized to {@code YYYY-MM} or {@code YYYY-MM-DD}.
 *
 * @throws IllegalArgumentException when the id is blank or the date is not a real date
 */
public record ArticleMetadata(String articleId, String source, String date, String title, String url)
        implements Serializable {

    public ArticleMetadata {
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("article id is empty");
        }
        articleId = articleId.strip();
        source = blankToNull(source);
        date = blankToNull(date);
        if (date != null) {
            date = Dates.normalize(date);
        }
        title = blankToNull(title);
        url = blankToNull(url);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
