package org.geostance.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * An input (a whole file, or one JSONL line as {@code path:line}) that produced no article, with a
 * machine-friendly reason code (one of the constants below) and a one-sentence human detail.
 */
public record Rejection(String input, String reason, String detail) implements Serializable {

    public static final String EMPTY_FILE = "empty-file";
    public static final String BINARY_CONTENT = "binary-content";
    public static final String UNDECODABLE = "undecodable";
    public static final String NO_PARAGRAPHS = "no-paragraphs";
    public static final String INVALID_DATE = "invalid-date";
    public static final String MALFORMED_JSON = "malformed-json";
    public static final String MISSING_FIELD = "missing-field";
    public static final String WRONG_TYPE = "wrong-type";
    public static final String DUPLICATE_ID = "duplicate-id";
    /** Never produced by the parser, which only sees bytes: for the caller when reading a file fails. */
    public static final String UNREADABLE = "unreadable";
    /** Never produced by the parser either: for the job when scoring one of the article's paragraphs fails. */
    public static final String SCORING_FAILED = "scoring-failed";

    public Rejection {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
