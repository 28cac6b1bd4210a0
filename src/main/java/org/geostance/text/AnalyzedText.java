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

    public String span(int begin, int end) {
        return text.substring(begin, end);
    }
}
