package org.geostance.aggregate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/** The 95 % intervals of the comparison tables; plain Java so that tests and Spark UDFs call the same code. */
public final class Uncertainty {
    public static final double CONFIDENCE = 0.95;

    /**
     * Intervals already computed: commons-math builds a distribution (and seeds a random generator) on every call,
     * which cost more than the rest of an aggregate row, while tables of articles repeat the same few small counts.
     * Shares are kept for up to {@value #MAX_MEMO_TRIALS} trials (at most about 20,000 entries), t quantiles for
     * every degree of freedom met (one per distinct paragraph count).
     */
    private static final int MAX_MEMO_TRIALS = 200;
    private static final Map<Long, Interval> SHARES = new ConcurrentHashMap<>();
    private static final Map<Long, Double> T_QUANTILES = new ConcurrentHashMap<>();

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
        return trials > MAX_MEMO_TRIALS ? wilson(successes, trials)
                : SHARES.computeIfAbsent(((long) trials << 32) | successes, key -> wilson(successes, trials));
    }

    private static Interval wilson(int successes, int trials) {
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
        double t = T_QUANTILES.computeIfAbsent(n - 1,
                df -> new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2));
        double half = t * standardDeviation / Math.sqrt(n);
        return new Interval(mean, Math.max(MIN_SCORE, mean - half), Math.min(MAX_SCORE, mean + half));
    }
}
