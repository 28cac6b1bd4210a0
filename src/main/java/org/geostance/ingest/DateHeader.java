package org.geostance.ingest;

/**
 * The optional {@code date YYYY-MM} / {@code date YYYY-MM-DD} header that may open a plain-text article, possibly
 * followed by text on the same line (as in the seed article).
 */
public final class DateHeader {

    private static final String KEYWORD = "date";

    /**
     * @param date the header's date, or null when the text has no header
     * @param body the text after the header (the whole text, minus leading white space, when there is none)
     */
    public record Parsed(String date, String body) {
    }

    private DateHeader() {
    }

    /**
     * Splits off the header. It counts only at the very start (after white space and byte-order marks), with the word
     * {@code date} in any case, white space, then a token starting with four digits; anything else is body text.
     *
     * @throws IllegalArgumentException when the header is there but its date is not a real {@code YYYY-MM} or
     *                                  {@code YYYY-MM-DD} date (e.g. {@code date 2020-13}), so it is never silently
     *                                  taken for text
     */
    public static Parsed parse(String text) {
        int n = text.length();
        int start = 0;
        while (start < n && (Chars.isSpace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
            start++;
        }
        int afterKeyword = start + KEYWORD.length();
        if (!text.regionMatches(true, start, KEYWORD, 0, KEYWORD.length())
                || afterKeyword >= n || !isInlineSpace(text.charAt(afterKeyword))) {
            return new Parsed(null, text.substring(start));
        }
        int tokenStart = afterKeyword;
        while (tokenStart < n && isInlineSpace(text.charAt(tokenStart))) {
            tokenStart++;
        }
        // Only a year-like token makes it a header: "Date 14 juillet…" is an article that begins with a word.
        if (tokenStart + 4 > n || !fourDigits(text, tokenStart)) {
            return new Parsed(null, text.substring(start));
        }
        int tokenEnd = tokenStart;
        while (tokenEnd < n && (isDigit(text.charAt(tokenEnd)) || text.charAt(tokenEnd) == '-')) {
            tokenEnd++;
        }
        String token = text.substring(tokenStart, tokenEnd);
        boolean gluedToWord = tokenEnd < n && Character.isLetterOrDigit(text.charAt(tokenEnd));
        if (gluedToWord || !Dates.isNormalized(token)) {
            throw new IllegalArgumentException("the header date '" + Chars.abbreviate(wordAt(text, tokenStart))
                    + "' is not a real YYYY-MM or YYYY-MM-DD date");
        }
        return new Parsed(token, text.substring(tokenEnd));
    }

    /** White space that does not end the line: the date must be on the keyword's line. */
    private static boolean isInlineSpace(char c) {
        return c != '\n' && c != '\r' && Chars.isSpace(c);
    }

    private static boolean fourDigits(String text, int from) {
        for (int i = from; i < from + 4; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String wordAt(String text, int from) {
        int end = from;
        while (end < text.length() && end - from < 41 && !Chars.isSpace(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }
}
