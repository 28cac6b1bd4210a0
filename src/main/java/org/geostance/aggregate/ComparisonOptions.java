package org.geostance.aggregate;

import java.io.Serializable;

/**
 * How the comparison tables group and count.
 *
 * @param period              calendar unit of the period tables
 * @param minSupport          aggregates over fewer paragraphs than this are flagged {@code low_support} and never
 *                            make a significant change
 * @param duplicateThreshold  Jaccard similarity of word shingles at or above which two articles are copies of
 *                            one story, in (0, 1]
 * @param keepDuplicates      count every copy of a story in the cross-outlet aggregates, not only the first
 */
public record ComparisonOptions(PeriodUnit period, int minSupport, double duplicateThreshold, boolean keepDuplicates)
        implements Serializable {
    public static final int DEFAULT_MIN_SUPPORT = 5;
    public static final double DEFAULT_DUPLICATE_THRESHOLD = 0.8;
    public static final ComparisonOptions DEFAULTS =
            new ComparisonOptions(PeriodUnit.MONTH, DEFAULT_MIN_SUPPORT, DEFAULT_DUPLICATE_THRESHOLD, false);

    public ComparisonOptions {
        if (period == null) {
            throw new IllegalArgumentException("--period is required");
        }
        if (minSupport < 1) {
            throw new IllegalArgumentException("--min-support must be at least 1, got " + minSupport);
        }
        if (!(duplicateThreshold > 0 && duplicateThreshold <= 1)) {
            throw new IllegalArgumentException("--duplicate-threshold must be in (0, 1], got " + duplicateThreshold);
        }
    }
}
