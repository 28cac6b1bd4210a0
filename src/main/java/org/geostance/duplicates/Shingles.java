package org.geostance.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geostance.text.AnalyzedText;
import org.geostance.text.Folding;
import org.geostance.text.Token;

/**
 * The set of word shingles (runs of {@value #WORDS} consecutive words) of an article, on folded text, so that
 * two copies differing only in case, accents, punctuation or layout have the same set.
 */
public final class Shingles {
    /** Words per shingle: long enough that articles on the same event share few, short enough that an edit costs few. */
    public static final int WORDS = 4;

    /** Fixed, so that every run and every executor hashes a shingle the same way (String.hashCode is fixed too). */
    private static final int SEED = 0x5eed;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Shingles() {}

    public static List<String> of(List<String> paragraphs) {
        List<String> words = words(paragraphs);
        if (words.isEmpty()) {
            return List.of(wordless(paragraphs));
        }
        Set<String> shingles = new LinkedHashSet<>();
        int width = Math.min(WORDS, words.size());
        for (int i = 0; i + width <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + width)));
        }
        return List.copyOf(shingles);
    }

    /**
     * The shingles of {@link #of} as sorted distinct 32-bit hashes: what the job keeps of each article for
     * near-duplicate detection, computed where the article is whole (the scoring pass) so that no later stage
     * has to gather its text again. Each shingle's hash mixes its words' hashes in order (MurmurHash3's 32-bit
     * mixing steps), without building the shingle strings; two different shingles share a value with probability
     * about 2^-32, far below the similarity differences that matter.
     */
    public static int[] hashes(List<String> paragraphs) {
        return shingleHashes(paragraphs, words(paragraphs));
    }

    /**
     * {@link #hashes(List)} from the paragraphs' tokens, which already hold their folded keys: the same words, so
     * the same hashes, without folding and scanning the text again. A word the tokenizer split ("don't" → "do",
     * "n't") is joined back from tokens written against each other. A paragraph whose tokens cannot give the same
     * words (cut at the analysis limit, a character between tokens that is not a space, or a Greek capital sigma,
     * whose lower case depends on the letters around it) is read from its text instead.
     *
     * @param analyzed the analysis of each paragraph, in order
     */
    public static int[] hashes(List<String> paragraphs, List<AnalyzedText> analyzed) {
        List<String> words = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (!addTokenWords(paragraphs.get(p), analyzed.get(p), words)) {
                addWords(paragraphs.get(p), words);
            }
        }
        return shingleHashes(paragraphs, words);
    }

    private static int[] shingleHashes(List<String> paragraphs, List<String> words) {
        if (words.isEmpty()) {
            return new int[] {Murmur3.fmix(Murmur3.mix(SEED, wordless(paragraphs).hashCode()) ^ 1)};
        }
        int width = Math.min(WORDS, words.size());
        int[] wordHashes = new int[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = words.get(i).hashCode();
        }
        int[] hashes = new int[words.size() - width + 1];
        for (int i = 0; i < hashes.length; i++) {
            int hash = SEED;
            for (int j = i; j < i + width; j++) {
                hash = Murmur3.mix(hash, wordHashes[j]);
            }
            hashes[i] = Murmur3.fmix(hash ^ width);
        }
        return sortedDistinct(hashes);
    }

    /** Sorted in place and compacted: IntStream's distinct boxes every value (a third of this class's JFR samples). */
    private static int[] sortedDistinct(int[] values) {
        Arrays.sort(values);
        int kept = 0;
        for (int i = 0; i < values.length; i++) {
            if (i == 0 || values[i] != values[kept - 1]) {
                values[kept++] = values[i];
            }
        }
        return kept == values.length ? values : Arrays.copyOf(values, kept);
    }

    /**
     * Appends the words of the paragraph's token keys and answers true, or appends nothing and answers false when
     * the tokens cannot stand for the text (see {@link #hashes(List, List)}).
     */
    private static boolean addTokenWords(String paragraph, AnalyzedText analyzed, List<String> words) {
        String text = analyzed.text();
        if (text.length() != paragraph.length() || text.indexOf('\u03A3') >= 0) {
            return false;
        }
        int size = words.size();
        int previousEnd = 0;
        boolean wordOpen = false;
        for (Token token : analyzed.tokens()) {
            if (!spacesOnly(text, previousEnd, token.begin())) {
                words.subList(size, words.size()).clear();
                return false;
            }
            String key = token.key();
            boolean joins = wordOpen && token.begin() == previousEnd;
            int i = 0;
            while (i < key.length()) {
                int start = i;
                while (i < key.length() && isWordChar(key.codePointAt(i))) {
                    i += Character.charCount(key.codePointAt(i));
                }
                if (i > start) {
                    // Most keys are one whole word: the key itself, whose hash the String keeps.
                    String word = start == 0 && i == key.length() ? key : key.substring(start, i);
                    if (joins && start == 0) {
                        words.set(words.size() - 1, words.get(words.size() - 1) + word);
                    } else {
                        words.add(word);
                    }
                }
                while (i < key.length() && !isWordChar(key.codePointAt(i))) {
                    i += Character.charCount(key.codePointAt(i));
                }
            }
            wordOpen = !key.isEmpty() && isWordChar(key.codePointBefore(key.length()));
            previousEnd = token.end();
        }
        if (!spacesOnly(text, previousEnd, text.length())) {
            words.subList(size, words.size()).clear();
            return false;
        }
        return true;
    }

    /** True when the tokenizer sees only spaces there: the characters {@code TextAnalyzer.prepare} makes spaces. */
    private static boolean spacesOnly(String text, int begin, int end) {
        if (begin > end) {
            return false;
        }
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isSpaceChar(c) && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                return false;
            }
        }
        return true;
    }

    /** The characters of {@link #WORD}: letters and numbers of every kind. */
    private static boolean isWordChar(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static List<String> words(List<String> paragraphs) {
        List<String> words = new ArrayList<>();
        for (String paragraph : paragraphs) {
            addWords(paragraph, words);
        }
        return words;
    }

    private static void addWords(String paragraph, List<String> words) {
        Matcher word = WORD.matcher(Folding.key(paragraph));
        while (word.find()) {
            words.add(word.group());
        }
    }

    /** No word at all (symbols only): the text itself is the one shingle, so the set is never empty. */
    private static String wordless(List<String> paragraphs) {
        return Folding.key(String.join("\n", paragraphs)).strip();
    }
}
