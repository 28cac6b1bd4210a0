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
    void keysDifferWhenAnyHashOfTheBandDiffers() {
        Banding banding = new Banding(2, 2);
        assertThat(banding.keys(new double[] {1, 2, 3, 4})).containsExactly("0:1:2", "1:3:4");
        assertThat(banding.keys(new double[] {1, 2, 3, 5})).containsExactly("0:1:2", "1:3:5");
    }
}
