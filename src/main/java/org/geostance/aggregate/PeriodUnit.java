package org.geostance.aggregate;

import java.util.Locale;

/**
 * The calendar unit the period tables group by. Periods are strings that sort in time order: {@code 2024-03},
 * {@code 2024-Q1}, {@code 2024}; an article without a date belongs to {@link #UNKNOWN}, which sorts last.
 */
public enum PeriodUnit {
    MONTH, QUARTER, YEAR;

    public static final String UNKNOWN = "unknown";

    /** The period of an article date ({@code YYYY-MM} or {@code YYYY-MM-DD}, or null when unknown). */
    public String of(String date) {
        if (date == null) {
            return UNKNOWN;
        }
        return switch (this) {
            case MONTH -> date.substring(0, 7);
            case QUARTER -> date.substring(0, 4) + "-Q" + ((Integer.parseInt(date, 5, 7, 10) - 1) / 3 + 1);
            case YEAR -> date.substring(0, 4);
        };
    }

    /** {@code month}, {@code quarter} or {@code year}, in any case. */
    public static PeriodUnit parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--period must be month, quarter or year, not '" + name + "'");
        }
    }
}
