package org.geostance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BandingTest {
    @Test
    void pairsAtTheThresholdAreAlmostNeverMissedAndDissimilarPairsRarelyCompared() {
        for (double threshold : new double[] {0.3, 0.5, 0.8, 0.9}) {
            Banding banding = Banding.forThreshold(threshold);
            assertThat(banding.candidateProbability(threshold)).as("at %s", threshold)
                    .isGreaterThanOrEqualTo(1 - Banding.MISS);
        }
        Banding standard = Banding.forThreshold(0.8);
        assertThat(standard.candidateProbability(0.2)).isLessThan(0.03);
        assertThat(standard.candidateProbability(0.1)).isLessThan(0.002);
    }

    @Test
    void identicalSetsOnlyNeedOneBand() {
        assertThat(Banding.forThreshold(1.0)).isEqualTo(new Banding(1, 4));
    }

    @Test
    void keysAreEqualExactlyWhenTheBandsHashesAre() {
        Banding banding = new Banding(2, 2);
        long[] keys = banding.keys(new int[] {1, 2, 3, 4});
        assertThat(banding.keys(new int[] {1, 2, 3, 4})).containsExactly(keys);
        long[] changed = banding.keys(new int[] {1, 2, 3, 5});
        assertThat(changed[0]).isEqualTo(keys[0]);
        assertThat(changed[1]).isNotEqualTo(keys[1]);
        // The same hashes in another band are another key: bands are compared with their own number only.
        assertThat(banding.keys(new int[] {3, 4, 1, 2})).doesNotContain(keys);
    }
}
