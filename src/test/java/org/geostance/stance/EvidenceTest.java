package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    @Test
    void weightsAreShownAsFormatWouldShowThem() {
        double[] edges = {0.0, -0.0, 0.005, -0.005, 0.015, 0.125, 0.285, -0.285, 0.995, -0.995, 1.0, -1.0, 0.7 * 0.8,
                1.5 * 0.6 * 0.35, -0.001, 0.8 * 0.5 * 0.7};
        for (double weight : edges) {
            assertThat(Evidence.signedTwoDecimals(weight)).as("%s", weight)
                    .isEqualTo(String.format(Locale.ROOT, "%+.2f", weight));
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double weight = random.nextDouble(-1.5, 1.5);
            assertThat(Evidence.signedTwoDecimals(weight)).isEqualTo(String.format(Locale.ROOT, "%+.2f", weight));
        }
    }
}
