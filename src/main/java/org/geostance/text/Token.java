package org.geostance.text;

import java.io.Serializable;

/**
 * One token of a paragraph: its text as written, its folded matching key and its character span
 * [begin, end) in the paragraph.
 */
public record Token(String text, String key, int begin, int end) implements Serializable {
    public static Token of(String text, int begin) {
        return new Token(text, Folding.key(text), begin, begin + text.length());
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }
}
