package org.geostance.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into paragraphs at blank lines (lines of only Unicode white space, NBSP included), for LF, CRLF and
 * old-Mac CR line endings; the lines of one paragraph are trimmed and joined with a single space.
 */
public final class ParagraphSplitter {

    private ParagraphSplitter() {
    }

    /** Paragraphs in order, so that paragraph n (numbered from 1) is element n - 1; empty for blank text. */
    public static List<String> split(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = text.length();
        int lineStart = 0;
        while (true) {
            int lineEnd = lineStart;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            addLine(text, lineStart, lineEnd, current, paragraphs);
            if (lineEnd >= n) {
                break;
            }
            boolean crlf = text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n';
            lineStart = lineEnd + (crlf ? 2 : 1);
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void addLine(String text, int start, int end, StringBuilder current, List<String> paragraphs) {
        while (start < end && Chars.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Chars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            flush(current, paragraphs);
            return;
        }
        if (current.length() > 0) {
            current.append(' ');
        }
        current.append(text, start, end);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
