package org.geostance.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geostance.text.Folding;

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
        List<String> words = words(paragraphs);
        if (words.isEmpty()) {
            return new int[] {Murmur3.fmix(Murmur3.mix(SEED, wordless(paragraphs).hashCode()) ^ 1)};
        }
        int width = Math.min(WORDS, words.size());
        int[] wordHashes = words.stream().mapToInt(String::hashCode).toArray();
        int[] hashes = new int[words.size() - width + 1];
        for (int i = 0; i < hashes.length; i++) {
            int hash = SEED;
            for (int j = i; j < i + width; j++) {
                hash = Murmur3.mix(hash, wordHashes[j]);
            }
            hashes[i] = Murmur3.fmix(hash ^ width);
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    private static List<String> words(List<String> paragraphs) {
        List<String> words = new ArrayList<>();
        for (String paragraph : paragraphs) {
            Matcher word = WORD.matcher(Folding.key(paragraph));
            while (word.find()) {
                words.add(word.group());
            }
        }
        return words;
    }

    /** No word at all (symbols only): the text itself is the one shingle, so the set is never empty. */
    private static String wordless(List<String> paragraphs) {
        return Folding.key(String.join("\n", paragraphs)).strip();
    }
}
