package org.geostance.targets;

import java.util.ArrayList;
import java.util.List;
import org.geostance.text.Folding;
import org.geostance.text.Token;

/**
 * The unit of matching: tokens cut further at hyphens, apostrophes and dots, so that an alias matches however the
 * tokenizer happened to join or split its words. « Maison-Blanche » and « Maison Blanche » are both
 * [maison][blanche]; « États-Unis » is [etats][unis]; « l'entité » is [l][entite]; "U.S." is [u][.][s][.] (dots are
 * kept as pieces so that "U.S." never meets the pronoun "us"); « pro-américain » is [pro][americain], which lets
 * a demonym inside a compound count. Aliases in the dictionary are cut with the same function.
 *
 * <p>Pieces of a paragraph are kept in parallel arrays; most tokens are one plain word and reuse the token's key.
 */
final class Pieces {
    String[] keys;
    String[] surfaces;
    int[] begins;
    int[] ends;
    int[] tokens;
    boolean[] hyphenAfter;
    int size;

    private Pieces(int capacity) {
        keys = new String[capacity];
        surfaces = new String[capacity];
        begins = new int[capacity];
        ends = new int[capacity];
        tokens = new int[capacity];
        hyphenAfter = new boolean[capacity];
    }

    static Pieces of(List<Token> tokenList) {
        Pieces pieces = new Pieces(tokenList.size() + 8);
        for (int t = 0; t < tokenList.size(); t++) {
            Token token = tokenList.get(t);
            String text = token.text();
            if (isPlainWord(text)) {
                pieces.add(normalize(token.key()), text, token.begin(), token.end(), t, false);
            } else if (text.length() == 1) {
                // Punctuation: one piece, or none for a lone hyphen or apostrophe.
                if (!isSeparator(text.charAt(0))) {
                    pieces.add(token.key(), text, token.begin(), token.end(), t, false);
                }
            } else if (isElision(text)) {
                // « l' », « qu' »: folding works character by character, so the key loses its final apostrophe.
                String key = token.key();
                pieces.add(normalize(key.substring(0, key.length() - 1)), text.substring(0, text.length() - 1),
                        token.begin(), token.end() - 1, t, false);
            } else {
                int tokenIndex = t;
                split(text, (from, to, hyphen) -> {
                    String surface = text.substring(from, to);
                    pieces.add(key(surface), surface, token.begin() + from, token.begin() + to, tokenIndex, hyphen);
                });
            }
        }
        return pieces;
    }

    /** The pieces of a dictionary alias: their keys and their surfaces (for case-sensitive comparison). */
    static List<String[]> ofAlias(String alias) {
        String text = Folding.unifyApostrophes(alias);
        List<String[]> result = new ArrayList<>();
        split(text, (from, to, hyphen) -> {
            String surface = text.substring(from, to);
            result.add(new String[] {key(surface), surface});
        });
        return result;
    }

    /** The folded matching key of one piece: {@link Folding#key} without combining marks (the dot of « İ »). */
    static String key(String surface) {
        return normalize(Folding.key(surface));
    }

    private void add(String key, String surface, int begin, int end, int token, boolean hyphen) {
        if (size == keys.length) {
            int capacity = size * 2;
            keys = java.util.Arrays.copyOf(keys, capacity);
            surfaces = java.util.Arrays.copyOf(surfaces, capacity);
            begins = java.util.Arrays.copyOf(begins, capacity);
            ends = java.util.Arrays.copyOf(ends, capacity);
            tokens = java.util.Arrays.copyOf(tokens, capacity);
            hyphenAfter = java.util.Arrays.copyOf(hyphenAfter, capacity);
        }
        keys[size] = key;
        surfaces[size] = surface;
        begins[size] = begin;
        ends[size] = end;
        tokens[size] = token;
        hyphenAfter[size] = hyphen;
        size++;
    }

    interface SegmentConsumer {
        void accept(int from, int to, boolean hyphenAfter);
    }

    /**
     * Cuts text into runs of letters and digits; hyphens, apostrophes and spaces separate runs and are dropped; any
     * other character (dot, comma, quote) is a piece of its own.
     */
    static void split(String text, SegmentConsumer consumer) {
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start >= 0) {
                consumer.accept(start, i, isHyphen(c));
                start = -1;
            }
            if (!isSeparator(c)) {
                consumer.accept(i, i + 1, i + 1 < text.length() && isHyphen(text.charAt(i + 1)));
            }
        }
        if (start >= 0) {
            consumer.accept(start, text.length(), false);
        }
    }

    private static boolean isElision(String text) {
        int last = text.length() - 1;
        if (text.charAt(last) != '\'') {
            return false;
        }
        for (int i = 0; i < last; i++) {
            if (!isWordChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainWord(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isWordChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00AD';
    }

    private static boolean isSeparator(char c) {
        return isHyphen(c) || c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || Character.isWhitespace(c)
                || Character.isSpaceChar(c);
    }

    private static String normalize(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= '\u0300' && c <= '\u036F') {
                StringBuilder stripped = new StringBuilder(key.length());
                for (int j = 0; j < key.length(); j++) {
                    char d = key.charAt(j);
                    if (d < '\u0300' || d > '\u036F') {
                        stripped.append(d);
                    }
                }
                return stripped.toString();
            }
        }
        return key;
    }
}
