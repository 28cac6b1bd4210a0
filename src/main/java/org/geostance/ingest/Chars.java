package org.geostance.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/** Character classes used throughout ingest, defined once so that header, splitter and JSONL agree. */
final class Chars {

    /** An opening, closing or empty tag: its name, then anything but angle brackets ("&lt;a href=…&gt;"). */
    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)(?:[\\s/][^<>]*)?>");

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "blockquote", "figure", "figcaption", "section", "article", "header", "footer", "aside", "table",
            "tr", "td", "th", "hr");

    private static final Set<String> INLINE_TAGS = Set.of("a", "b", "i", "u", "em", "strong", "span", "font", "small",
            "sup", "sub", "mark", "abbr", "cite", "q", "time", "img", "picture", "source");

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

    /**
     * Decodes the HTML entities that scraped pages leave in text (&amp;amp; &amp;#39; &amp;quot; &amp;rsquo;), one
     * level only, then replaces control characters other than tab, LF and CR by a space, and removes the invisible
     * line-break hints that scraped pages leave inside words (soft hyphen, zero-width space, word joiner, a BOM
     * inside the text): "Turkey&amp;#39;s" must read "Turkey's" and "Tur\u00ADquie" "Turquie". Returns the same
     * string when there is nothing to do. HTML tags left by an export go after the entities (see {@link #withoutTags}).
     */
    static String clean(String raw) {
        String decoded = raw.indexOf('&') < 0 ? raw : StringEscapeUtils.unescapeHtml4(raw);
        String text = decoded.indexOf('<') < 0 ? decoded : withoutTags(decoded);
        int first = firstToClean(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isReplacedControl(c)) {
                out.append(' ');
            } else if (!isBreakHint(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Replaces the HTML tags that exports leave in text by the breaks they stand for: a block ("&lt;p&gt;",
     * "&lt;/div&gt;", "&lt;li&gt;") by a blank line, so that it separates paragraphs, "&lt;br&gt;" by a line break, an
     * inline tag ("&lt;a href=…&gt;", "&lt;em&gt;") by nothing. Anything else between angle brackets is text.
     */
    private static String withoutTags(String text) {
        Matcher tag = TAG.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            String replacement = BLOCK_TAGS.contains(name) ? "\n\n" : name.equals("br") ? "\n"
                    : INLINE_TAGS.contains(name) ? "" : tag.group();
            tag.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        tag.appendTail(out);
        return out.toString();
    }

    /** Keeps messages one short line when they quote user data (an id, a date value). */
    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static int firstToClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isReplacedControl(c) || isBreakHint(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Zero-width characters that only tell a renderer where a line may or may not break. */
    private static boolean isBreakHint(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean isReplacedControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
