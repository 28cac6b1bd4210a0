package org.geostance.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UncertaintyTest {
    /** Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I, method 3 (Wilson). */
    @Test
    void wilsonIntervalsMatchNewcombesPublishedExamples() {
        assertInterval(Uncertainty.share(81, 263), 81 / 263.0, 0.2553, 0.3662);
        assertInterval(Uncertainty.share(15, 148), 15 / 148.0, 0.0624, 0.1605);
        assertInterval(Uncertainty.share(0, 20), 0, 0.0000, 0.1611);
        assertInterval(Uncertainty.share(1, 29), 1 / 29.0, 0.0061, 0.1718);
    }

    @Test
    void wilsonIntervalsStayInsideZeroToOneAndNarrowWithMoreParagraphs() {
        Uncertainty.Interval all = Uncertainty.share(12, 12);
        assertThat(all.high()).isEqualTo(1.0);
        assertThat(all.low()).isBetween(0.75, 0.76);
        assertThat(Uncertainty.share(0, 12).low()).isEqualTo(0.0);
        double fewWidth = width(Uncertainty.share(2, 4));
        double manyWidth = width(Uncertainty.share(50, 100));
        assertThat(manyWidth).isLessThan(fewWidth / 3);
    }

    @Test
    void meanScoreIntervalIsStudentsTClippedToTheScoreRange() {
        // Scores -0.5, -0.3, -0.1, 0.1: mean -0.2, sd 0.2582; t(3 df, 97.5 %) = 3.182 from any t table.
        double sd = Math.sqrt((0.09 + 0.01 + 0.01 + 0.09) / 3);
        Uncertainty.Interval interval = Uncertainty.meanScore(4, -0.2, sd);
        assertInterval(interval, -0.2, -0.2 - 3.182 * sd / 2, -0.2 + 3.182 * sd / 2);
        Uncertainty.Interval clipped = Uncertainty.meanScore(2, -0.9, 0.2);
        assertThat(clipped.low()).isEqualTo(-1.0);
        assertThat(clipped.high()).isLessThan(1.0);
    }

    @Test
    void oneScoreSaysNothingAboutTheSpread() {
        Uncertainty.Interval one = Uncertainty.meanScore(1, 0.4, 0);
        assertThat(one.estimate()).isEqualTo(0.4);
        assertThat(one.low()).isEqualTo(-1.0);
        assertThat(one.high()).isEqualTo(1.0);
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThatThrownBy(() -> Uncertainty.share(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Uncertainty.share(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Uncertainty.meanScore(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double width(Uncertainty.Interval interval) {
        return interval.high() - interval.low();
    }

    private static void assertInterval(Uncertainty.Interval interval, double estimate, double low, double high) {
        assertThat(interval.estimate()).isCloseTo(estimate, within(1e-9));
        assertThat(interval.low()).isCloseTo(low, within(5e-4));
        assertThat(interval.high()).isCloseTo(high, within(5e-4));
    }
}
