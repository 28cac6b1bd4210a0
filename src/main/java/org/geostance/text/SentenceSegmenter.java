package org.geostance.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds sentence boundaries from tokens. Spark NLP's pragmatic SentenceDetector cost about 80 % of the text
 * stage here (626 vs 2,437 paragraphs/s on one thread) and split "the U.S. Army" in two, while the tokenizer
 * already isolates terminal punctuation and keeps abbreviations such as "U.S." and "M." whole. A line feed kept in a
 * paragraph marks a line its writer ended (a headline above the story, {@code ParagraphSplitter}): it ends a
 * sentence before a token that can open one.
 */
final class SentenceSegmenter {
    private static final Set<String> CLOSERS = Set.of("»", "\"", "”", ")", "]", "'");
    private static final Set<String> OPENERS = Set.of("«", "\"", "“", "—", "–", "(", "-");

    private SentenceSegmenter() {}

    static List<Sentence> segment(String text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < tokens.size()) {
            if (i > start && AnalyzedText.lineBreakBefore(text, tokens, i) && startsSentence(tokens.get(i).text())) {
                sentences.add(sentence(tokens, start, i));
                start = i;
            }
            if (!isTerminal(tokens.get(i).text())) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && CLOSERS.contains(tokens.get(end).text()) && closes(tokens, end)) {
                end++;
            }
            // A terminal mark inside a quote followed by ", a déclaré X" does not end the sentence.
            if (end == tokens.size() || startsSentence(tokens.get(end).text())) {
                sentences.add(sentence(tokens, start, end));
                start = end;
            }
            i = end;
        }
        if (start < tokens.size()) {
            sentences.add(sentence(tokens, start, tokens.size()));
        }
        return sentences;
    }

    /**
     * A straight quote or apostrophe closes only when written against the previous token ("stay." then "); one
     * after a space opens the next sentence (said. "We).
     */
    private static boolean closes(List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        return !(text.equals("\"") || text.equals("'")) || tokens.get(i).begin() == tokens.get(i - 1).end();
    }

    private static boolean isTerminal(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsSentence(String token) {
        int first = token.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || OPENERS.contains(token);
    }

    private static Sentence sentence(List<Token> tokens, int first, int end) {
        return new Sentence(first, end, tokens.get(first).begin(), tokens.get(end - 1).end());
    }
}
