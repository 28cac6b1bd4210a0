package org.geostance.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One parsed article: identity, metadata and its paragraphs in order (paragraph n is {@code paragraphs.get(n - 1)}).
 *
 * @param id         file name without extension, or the {@code id} field of a JSON line
 * @param source     publisher, {@code "unknown"} when nothing gives one
 * @param date       {@code YYYY-MM} or {@code YYYY-MM-DD}, or null when unknown
 * @param title      title from JSONL or metadata, or null
 * @param url        URL from JSONL or metadata, or null
 * @param language   language hint from JSONL, or null
 * @param input      the file path as given, plus {@code :<line>} for JSONL
 * @param charset    the charset the bytes were decoded with, e.g. {@code UTF-8}, {@code UTF-16LE}, {@code WINDOWS-1252}
 * @param paragraphs trimmed paragraphs, each one line of text, never empty
 */
public record Article(String id, String source, String date, String title, String url, String language,
                      String input, String charset, List<String> paragraphs) implements Serializable {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(charset, "charset");
        if (date != null && !Dates.isNormalized(date)) {
            throw new IllegalArgumentException("date must be YYYY-MM or YYYY-MM-DD, got '" + date + "'");
        }
        paragraphs = List.copyOf(paragraphs);
    }

    /** The month the article belongs to, {@code YYYY-MM}, or {@code "unknown"} when the date is unknown. */
    public String period() {
        return date == null ? "unknown" : date.substring(0, 7);
    }
}
