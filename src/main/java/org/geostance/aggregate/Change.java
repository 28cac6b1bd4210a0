package org.geostance.aggregate;

/**
 * Whether the stance toward a target changed between two periods by more than the uncertainty allows.
 *
 * <p>The rule, chosen to match what an analyst sees in the charts: the change is significant when both periods
 * have at least {@code minSupport} paragraphs and the 95 % Wilson intervals of the against share, or those of the
 * favor share, do not overlap. Non-overlap of two 95 % intervals is a stricter test than a two-proportion test at
 * 5 % (roughly 0.5 %), which suits a table that is scanned for shifts across many outlets × targets × periods.
 */
public final class Change {
    private Change() {}

    /** Paragraph counts of one period: those referencing the target, and among them against and favor. */
    public record Counts(int paragraphs, int against, int favor) {}

    public static boolean significant(Counts before, Counts after, int minSupport) {
        if (before.paragraphs() < minSupport || after.paragraphs() < minSupport
                || before.paragraphs() == 0 || after.paragraphs() == 0) {
            return false;
        }
        return disjoint(before.against(), before.paragraphs(), after.against(), after.paragraphs())
                || disjoint(before.favor(), before.paragraphs(), after.favor(), after.paragraphs());
    }

    private static boolean disjoint(int k1, int n1, int k2, int n2) {
        return Uncertainty.share(k1, n1).disjointFrom(Uncertainty.share(k2, n2));
    }
}
