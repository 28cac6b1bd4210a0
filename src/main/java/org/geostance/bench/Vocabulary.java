package org.geostance.bench;

import java.util.SplittableRandom;

/**
 * Made-up words (names, places, general vocabulary in the benchmark's sentences) with a Zipf distribution: a few
 * frequent short words and a long tail of rare long ones, as in news text, so that the number of distinct words
 * keeps growing with the corpus. Words are syllables chosen so that none is a French or English function word.
 */
final class Vocabulary {
    static final Vocabulary WORDS = new Vocabulary(300_000, 1.0);

    private static final String[] SYLLABLES = {
        "bar", "ven", "tol", "kir", "mus", "dag", "pel", "rov", "zan", "fim", "gor", "hul", "jev", "kas", "lum",
        "nob", "pix", "quen", "rak", "sil", "tav", "ubr", "vok", "wex", "yal", "zor", "bek", "cid", "dov", "fal"
    };

    /** Cumulative probabilities: word of rank r (from 0) has weight 1 / (r + 1)^exponent. */
    private final double[] cumulative;

    Vocabulary(int size, double exponent) {
        cumulative = new double[size];
        double total = 0;
        for (int rank = 0; rank < size; rank++) {
            total += 1 / Math.pow(rank + 1, exponent);
            cumulative[rank] = total;
        }
        for (int rank = 0; rank < size; rank++) {
            cumulative[rank] /= total;
        }
    }

    String draw(SplittableRandom random) {
        double u = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < u) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return word(low);
    }

    /** The word of a rank: its digits in base {@code SYLLABLES.length}, one syllable each, so frequent words are short. */
    static String word(int rank) {
        StringBuilder word = new StringBuilder();
        int n = rank + 1;
        do {
            n--;
            word.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        return word.toString();
    }
}
