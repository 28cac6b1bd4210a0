package org.geostance.duplicates;

import java.io.Serializable;

/**
 * The LSH banding of MinHash signatures: {@code bands} groups of {@code rows} hashes; two articles are candidates
 * when all the hashes of at least one band agree, which happens with probability 1 − (1 − s^rows)^bands at Jaccard
 * similarity s. A join on every hash alone (one row per band, as Spark MLlib's MinHashLSH join does) would make a
 * pair at similarity 0.1 a candidate in most runs; rows of several hashes keep dissimilar pairs (shared
 * boilerplate, the same quotation) out of the exact comparison.
 */
public record Banding(int bands, int rows) implements Serializable {
    /** Probability, at most, that a pair exactly at the threshold is never compared. */
    static final double MISS = 1e-3;
    private static final int MAX_BANDS = 200;

    /** Rows per band from the threshold (fewer for low thresholds), then enough bands to miss at most {@link #MISS}. */
    public static Banding forThreshold(double threshold) {
        int rows = threshold >= 0.7 ? 4 : threshold >= 0.4 ? 2 : 1;
        double atThreshold = Math.pow(threshold, rows);
        int bands = atThreshold >= 1 ? 1 : (int) Math.ceil(Math.log(MISS) / Math.log(1 - atThreshold));
        return new Banding(Math.max(1, Math.min(MAX_BANDS, bands)), rows);
    }

    public int hashes() {
        return bands * rows;
    }

    /** The probability that a pair at Jaccard similarity s shares at least one band. */
    public double candidateProbability(double similarity) {
        return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
    }

    /**
     * One 64-bit key per band, from its number and its hashes: equal bands give equal keys; unequal ones a different
     * key but by a rare accident (64-bit values), which only adds a candidate that the exact comparison drops.
     */
    public long[] keys(int[] signature) {
        if (signature.length != hashes()) {
            throw new IllegalArgumentException(signature.length + " hashes for " + bands + " bands of " + rows);
        }
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long key = band;
            for (int row = 0; row < rows; row++) {
                key = key * 0x9e3779b97f4a7c15L + Integer.toUnsignedLong(signature[band * rows + row]);
            }
            keys[band] = key;
        }
        return keys;
    }
}
