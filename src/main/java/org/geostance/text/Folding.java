package org.geostance.text;

import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** The comparison key used for matching: lower case, accents and ligatures folded, one apostrophe. */
public final class Folding {
    private Folding() {}

    public static String key(String surface) {
        if (isFoldedAscii(surface)) {
            return surface;
        }
        String lower = unifyApostrophes(surface).toLowerCase(Locale.ROOT);
        char[] input = lower.toCharArray();
        // Lucene's folding table covers Turkish (ğ, ş, ı), ligatures (œ) and typographic variants.
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length);
    }

    /** Most tokens are already lower-case ASCII without a backquote: folding would give them back unchanged. */
    private static boolean isFoldedAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z') || c == '`') {
                return false;
            }
        }
        return true;
    }

    /** Typographic apostrophes become ASCII ones; one char for one char, so offsets stay valid. */
    public static String unifyApostrophes(String text) {
        return text.replace('\u2019', '\'').replace('\u02BC', '\'').replace('\u2018', '\'').replace('`', '\'');
    }
}
