package org.geostance.duplicates;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.StringHelper;
import org.geostance.text.Folding;

/**
 * The set of word shingles (runs of {@value #WORDS} consecutive words) of an article, on folded text, so that
 * two copies differing only in case, accents, punctuation or layout have the same set.
 */
public final class Shingles {
    /** Words per shingle: long enough that articles on the same event share few, short enough that an edit costs few. */
    public static final int WORDS = 4;

    /** Fixed, so that every run and every executor hashes a shingle the same way. */
    private static final int SEED = 0x5eed;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Shingles() {}

    public static List<String> of(List<String> paragraphs) {
        List<String> words = new ArrayList<>();
        for (String paragraph : paragraphs) {
            Matcher word = WORD.matcher(Folding.key(paragraph));
            while (word.find()) {
                words.add(word.group());
            }
        }
        if (words.isEmpty()) {
            // No word at all (symbols only): the text itself is the one shingle, so the set is never empty.
            return List.of(Folding.key(String.join("\n", paragraphs)).strip());
        }
        Set<String> shingles = new LinkedHashSet<>();
        int width = Math.min(WORDS, words.size());
        for (int i = 0; i + width <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + width)));
        }
        return List.copyOf(shingles);
    }

    /**
     * The shingles as sorted distinct 32-bit MurmurHash3 values: what the job keeps of each article for
     * near-duplicate detection, computed where the article is whole (the scoring pass) so that no later stage
     * has to gather its text again. Two different shingles share a value with probability 2^-32, far below the
     * similarity differences that matter.
     */
    public static int[] hashes(List<String> paragraphs) {
        List<String> shingles = of(paragraphs);
        int[] hashes = new int[shingles.size()];
        for (int i = 0; i < hashes.length; i++) {
            byte[] utf8 = shingles.get(i).getBytes(StandardCharsets.UTF_8);
            hashes[i] = StringHelper.murmurhash3_x86_32(utf8, 0, utf8.length, SEED);
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }
}
