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

    /** A hyphen, en dash or em dash standing alone, or a run of them ("--"). */
    public boolean isDash() {
        for (int k = 0; k < text.length(); k++) {
            if (Character.getType(text.charAt(k)) != Character.DASH_PUNCTUATION) {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
