package org.geostance.aggregate;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/** The 95 % intervals of the comparison tables; plain Java so that tests and Spark UDFs call the same code. */
public final class Uncertainty {
    public static final double CONFIDENCE = 0.95;

    /** The bounds of a paragraph score. */
    private static final double MIN_SCORE = -1;
    private static final double MAX_SCORE = 1;

    /** An estimate and its 95 % interval. */
    public record Interval(double estimate, double low, double high) {
        /** True when the two intervals share no value. */
        public boolean disjointFrom(Interval other) {
            return high < other.low || other.high < low;
        }
    }

    private Uncertainty() {}

    /**
     * The share {@code successes / trials} with its Wilson score interval: unlike the normal approximation it stays
     * inside [0, 1] and keeps a useful width at 0 % or 100 %, which small counts of paragraphs often give.
     */
    public static Interval share(int successes, int trials) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("share of " + successes + " in " + trials);
        }
        ConfidenceInterval wilson = new WilsonScoreInterval().createInterval(trials, successes, CONFIDENCE);
        // At 0 % and 100 % the bound is exactly 0 or 1; the formula leaves rounding noise there.
        return new Interval((double) successes / trials, successes == 0 ? 0 : Math.max(0, wilson.getLowerBound()),
                successes == trials ? 1 : Math.min(1, wilson.getUpperBound()));
    }

    /**
     * The mean paragraph score with Student's t interval, clipped to the score range [-1, 1]. One paragraph says
     * nothing about the spread, so its interval is the whole range.
     *
     * @param n                  paragraphs
     * @param mean               their mean score
     * @param standardDeviation  their sample standard deviation (ignored when n &lt; 2)
     */
    public static Interval meanScore(long n, double mean, double standardDeviation) {
        if (n <= 0) {
            throw new IllegalArgumentException("mean of " + n + " scores");
        }
        if (n == 1) {
            return new Interval(mean, MIN_SCORE, MAX_SCORE);
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        double half = t * standardDeviation / Math.sqrt(n);
        return new Interval(mean, Math.max(MIN_SCORE, mean - half), Math.min(MAX_SCORE, mean + half));
    }
}
