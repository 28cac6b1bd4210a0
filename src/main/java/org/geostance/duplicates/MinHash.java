package org.geostance.duplicates;

import java.io.Serializable;
import java.util.SplittableRandom;

/**
 * MinHash signatures of sets of 32-bit shingle hashes, on primitive ints: component i of a set's signature is the
 * smallest value of permutation i over the set, so two sets agree on a component with probability equal to their
 * Jaccard similarity. Spark MLlib's MinHashLSH computes the same kind of signature with a boxed value per element
 * and hash function, which made it most of the job's cost at a million paragraphs (README, Decisions).
 */
public final class MinHash implements Serializable {
    private final int[] multipliers;
    private final int[] offsets;

    /** {@code hashes} permutations drawn from {@code seed}: the same seed gives the same signatures in every run. */
    public MinHash(int hashes, long seed) {
        if (hashes < 1) {
            throw new IllegalArgumentException("at least one hash function, not " + hashes);
        }
        SplittableRandom random = new SplittableRandom(seed);
        multipliers = new int[hashes];
        offsets = new int[hashes];
        for (int i = 0; i < hashes; i++) {
            // Odd multiplier: x·a + b is then a bijection of the 32-bit ints, as is the mixing after it, so two
            // different shingles never take the same value under one permutation.
            multipliers[i] = random.nextInt() | 1;
            offsets[i] = random.nextInt();
        }
    }

    public int hashes() {
        return multipliers.length;
    }

    /** The signature of a non-empty set given as distinct hashes (any order). */
    public int[] signature(int[] set) {
        if (set.length == 0) {
            throw new IllegalArgumentException("the signature of an empty set is undefined");
        }
        int[] signature = new int[multipliers.length];
        for (int i = 0; i < signature.length; i++) {
            int a = multipliers[i];
            int b = offsets[i];
            int min = Integer.MAX_VALUE;
            for (int element : set) {
                min = Math.min(min, Murmur3.fmix(element * a + b));
            }
            signature[i] = min;
        }
        return signature;
    }
}
