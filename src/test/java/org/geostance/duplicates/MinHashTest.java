package org.geostance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The signatures behave as MinHash must for the banding's guarantees to hold: on pairs of shingle sets planted at
 * a known Jaccard similarity, a signature component agrees with probability equal to the similarity, and banded
 * as the job bands them the pairs at the threshold are almost never missed while dissimilar ones are rarely
 * compared, at the rates {@link Banding#candidateProbability} predicts.
 */
class MinHashTest {
    private static final int SHINGLES = 450;

    /** Two sets of random 32-bit hashes with exactly {@code shared} common members out of {@link #SHINGLES} in all. */
    private record Pair(int[] first, int[] second) {}

    private static Pair planted(SplittableRandom random, int shared) {
        Set<Integer> union = new HashSet<>();
        while (union.size() < SHINGLES) {
            union.add(random.nextInt());
        }
        int[] all = union.stream().mapToInt(Integer::intValue).toArray();
        int own = (SHINGLES - shared) / 2;
        int[] first = new int[shared + own];
        int[] second = new int[shared + own];
        System.arraycopy(all, 0, first, 0, shared + own);
        System.arraycopy(all, 0, second, 0, shared);
        System.arraycopy(all, shared + own, second, shared, own);
        return new Pair(first, second);
    }

    private static double jaccard(int shared) {
        return (double) shared / (shared + 2 * ((SHINGLES - shared) / 2));
    }

    @Test
    void aComponentAgreesAsOftenAsTheSetsOverlap() {
        MinHash minHash = new MinHash(56, 1);
        SplittableRandom random = new SplittableRandom(7);
        for (int shared : new int[] {90, 226, 360}) {
            int agree = 0;
            int compared = 0;
            for (int trial = 0; trial < 200; trial++) {
                Pair pair = planted(random, shared);
                int[] a = minHash.signature(pair.first());
                int[] b = minHash.signature(pair.second());
                for (int i = 0; i < a.length; i++) {
                    agree += a[i] == b[i] ? 1 : 0;
                    compared++;
                }
            }
            // 11,200 components: four standard deviations are at most 0.019.
            assertThat((double) agree / compared).as("shared %d", shared).isCloseTo(jaccard(shared), within(0.02));
        }
    }

    @Test
    void bandedSignaturesFindPairsAtTheThresholdAndRarelyDissimilarOnes() {
        Banding banding = Banding.forThreshold(0.8);
        MinHash minHash = new MinHash(banding.hashes(), 2);
        SplittableRandom random = new SplittableRandom(11);
        int trials = 3_000;
        int atThreshold = candidates(banding, minHash, random, 360, trials);
        assertThat(jaccard(360)).isEqualTo(0.8);
        // At 0.8 a pair is missed with probability 6.3e-4 (BandingTest): about 2 of 3,000.
        assertThat(trials - atThreshold).isLessThanOrEqualTo(8);
        int dissimilar = candidates(banding, minHash, random, 90, trials);
        double predicted = banding.candidateProbability(jaccard(90));
        assertThat(predicted).isBetween(0.02, 0.03);
        assertThat((double) dissimilar / trials).isCloseTo(predicted, within(0.011));
        assertThat(candidates(banding, minHash, random, 0, trials)).isZero();
    }

    private static int candidates(Banding banding, MinHash minHash, SplittableRandom random, int shared, int trials) {
        int found = 0;
        for (int trial = 0; trial < trials; trial++) {
            Pair pair = planted(random, shared);
            long[] a = banding.keys(minHash.signature(pair.first()));
            long[] b = banding.keys(minHash.signature(pair.second()));
            for (int band = 0; band < a.length; band++) {
                if (a[band] == b[band]) {
                    found++;
                    break;
                }
            }
        }
        return found;
    }

    @Test
    void theSignatureOfASetDoesNotDependOnTheOrderOfItsMembers() {
        MinHash minHash = new MinHash(8, 3);
        assertThat(minHash.signature(new int[] {5, -9, 77, 1 << 30}))
                .containsExactly(minHash.signature(new int[] {1 << 30, 77, 5, -9}));
    }

    @Test
    void anEmptySetHasNoSignature() {
        assertThatThrownBy(() -> new MinHash(8, 3).signature(new int[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
