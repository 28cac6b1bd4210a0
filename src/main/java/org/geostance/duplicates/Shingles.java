package org.geostance.duplicates;

import java.util.ArrayList;
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
}
