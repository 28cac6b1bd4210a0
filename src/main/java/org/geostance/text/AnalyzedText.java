package org.geostance.text;

import java.io.Serializable;
import java.util.List;

/** A paragraph split into tokens and sentences; offsets refer to {@link #text()}. */
public record AnalyzedText(String text, List<Token> tokens, List<Sentence> sentences) implements Serializable {
    public Token token(int index) {
        return tokens.get(index);
    }

    /** Index of the sentence that holds the token. */
    public int sentenceOf(int tokenIndex) {
        for (int i = 0; i < sentences.size(); i++) {
            if (tokenIndex < sentences.get(i).endToken()) {
                return i;
            }
        }
        return sentences.size() - 1;
    }

    /** Whether the token opens a line that the paragraph's writer ended before it (a kept line feed). */
    public boolean opensLine(int tokenIndex) {
        return lineBreakBefore(text, tokens, tokenIndex);
    }

    static boolean lineBreakBefore(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        for (int c = tokens.get(i - 1).end(); c < tokens.get(i).begin(); c++) {
            if (text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    public String span(int begin, int end) {
        return text.substring(begin, end);
    }
}
