package org.geostance.ingest;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Date validation shared by the header, JSONL and metadata: only real calendar dates pass. */
final class Dates {

    private Dates() {
    }

    /** True for a real {@code YYYY-MM} or {@code YYYY-MM-DD} date, the only forms stored in {@link Article}. */
    static boolean isNormalized(String value) {
        int n = value.length();
        if (n != 7 && n != 10) {
            return false;
        }
        if (!digits(value, 0, 4) || value.charAt(4) != '-' || !digits(value, 5, 7)) {
            return false;
        }
        int month = Integer.parseInt(value, 5, 7, 10);
        if (month < 1 || month > 12) {
            return false;
        }
        if (n == 7) {
            return true;
        }
        if (value.charAt(7) != '-' || !digits(value, 8, 10)) {
            return false;
        }
        int day = Integer.parseInt(value, 8, 10, 10);
        return YearMonth.of(Integer.parseInt(value, 0, 4, 10), month).isValidDay(day);
    }

    /**
     * Accepts {@code YYYY-MM}, {@code YYYY-MM-DD} and ISO date-times such as {@code 2024-03-05T10:00:00Z}, whose
     * date part is kept as written (no time-zone shift).
     *
     * @throws IllegalArgumentException naming the value when it is none of these or not a real date
     */
    static String normalize(String value) {
        String v = value.strip();
        if (isNormalized(v)) {
            return v;
        }
        if (v.length() > 10 && v.charAt(10) == 'T' && isNormalized(v.substring(0, 10))) {
            try {
                DateTimeFormatter.ISO_DATE_TIME.parse(v);
                return v.substring(0, 10);
            } catch (DateTimeParseException e) {
                // falls through to the common message
            }
        }
        throw new IllegalArgumentException("invalid date '" + Chars.abbreviate(v)
                + "': expected a real date as YYYY-MM, YYYY-MM-DD or an ISO date-time");
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
