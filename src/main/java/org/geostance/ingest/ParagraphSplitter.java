package org.geostance.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into paragraphs at blank lines (lines of only Unicode white space, NBSP included), for LF, CRLF and
 * old-Mac CR line endings; the lines of one paragraph are trimmed and joined.
 *
 * <p>Scraped and exported copy breaks lines for two reasons. Hard wrapping at a fixed width ends a line only because
 * the next word did not fit: such a line is <em>full</em>, its length plus a space and the next line's first word
 * exceeding the paragraph's longest line, and it joins the next line with a space (with nothing after a word the wrap
 * broke at its hyphen). A paragraph with a line longer
 * than {@link #MAX_WRAP_WIDTH} is not wrapped, so none of its lines is full. Any other line was ended on
 * purpose when the next line opens like a sentence (a capital, a digit, an opening quote or dash): a headline above
 * its story, a standfirst, a byline. Inside a paragraph such a break is kept as {@code \n}, which ends a sentence
 * ({@code SentenceSegmenter}), so a headline does not run into the lede's first sentence. A text with no blank line
 * at all is an export with one paragraph a line, or one wrapped paragraph: there each deliberate break ends a
 * paragraph.
 */
public final class ParagraphSplitter {

    /** Terminals and exports wrap prose at 60–100 columns; a longer line is a paragraph or a headline left whole. */
    static final int MAX_WRAP_WIDTH = 150;

    private ParagraphSplitter() {
    }

    /** Paragraphs in order, so that paragraph n (numbered from 1) is element n - 1; empty for blank text. */
    public static List<String> split(String text) {
        List<List<String>> blocks = blocks(text);
        List<String> paragraphs = new ArrayList<>();
        if (blocks.size() == 1) {
            List<String> lines = blocks.get(0);
            int width = longest(lines);
            int from = 0;
            for (int i = 1; i <= lines.size(); i++) {
                if (i == lines.size() || isDeliberateBreak(lines.get(i - 1), lines.get(i), width)) {
                    paragraphs.add(join(lines.subList(from, i), width));
                    from = i;
                }
            }
        } else {
            for (List<String> lines : blocks) {
                paragraphs.add(join(lines, longest(lines)));
            }
        }
        return paragraphs;
    }

    /** The trimmed non-blank lines of each run of lines between blank lines. */
    private static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        while (true) {
            int lineEnd = lineStart;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            String line = trimmed(text, lineStart, lineEnd);
            if (line.isEmpty()) {
                flush(current, blocks);
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
            if (lineEnd >= n) {
                break;
            }
            boolean crlf = text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n';
            lineStart = lineEnd + (crlf ? 2 : 1);
        }
        flush(current, blocks);
        return blocks;
    }

    private static String trimmed(String text, int start, int end) {
        while (start < end && Chars.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Chars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static void flush(List<String> lines, List<List<String>> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(lines);
        }
    }

    /**
     * Wrapped lines joined with a space, or with nothing after a word's hyphen (wrapping tools break "Turkish-backed"
     * there); deliberate breaks kept as a line feed.
     */
    private static String join(List<String> lines, int width) {
        StringBuilder paragraph = new StringBuilder(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i - 1);
            String next = lines.get(i);
            if (isDeliberateBreak(line, next, width)) {
                paragraph.append('\n');
            } else if (!endsInWordHyphen(line) || !Character.isLetter(next.codePointAt(0))) {
                paragraph.append(' ');
            }
            paragraph.append(next);
        }
        return paragraph.toString();
    }

    /** "Turkish-" at the end of a line; not a spaced dash ("the talks -"). */
    private static boolean endsInWordHyphen(String line) {
        int n = line.length();
        return n >= 2 && line.charAt(n - 1) == '-' && Character.isLetter(line.charAt(n - 2));
    }

    /** A line that the next one's first word would have fitted on, before a line that opens like a sentence. */
    private static boolean isDeliberateBreak(String line, String next, int width) {
        boolean full = width <= MAX_WRAP_WIDTH && line.length() + 1 + firstWordLength(next) > width;
        return !full && opensSentence(next);
    }

    private static int firstWordLength(String line) {
        int end = 0;
        while (end < line.length() && !Chars.isSpace(line.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Capital, digit, or an opening quote, dash or parenthesis: how a story or a new paragraph opens. */
    private static boolean opensSentence(String line) {
        int first = line.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first)
                || "«\"“‘'(—–-•►".indexOf(first) >= 0;
    }

    private static int longest(List<String> lines) {
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, line.length());
        }
        return width;
    }
}
