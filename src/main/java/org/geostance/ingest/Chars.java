package org.geostance.ingest;

/** Character classes used throughout ingest, defined once so that header, splitter and JSONL agree. */
final class Chars {

    private Chars() {
    }

    /** Any Unicode white space, including NBSP and the other no-break spaces that {@code Character.isWhitespace} omits. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Replaces control characters other than tab, LF and CR by a space; returns the same string when there are none. */
    static String replaceControls(String text) {
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (isReplacedControl(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** Keeps messages one short line when they quote user data (an id, a date value). */
    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isReplacedControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isReplacedControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
