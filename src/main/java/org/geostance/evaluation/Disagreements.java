package org.geostance.evaluation;

import java.util.Locale;
import org.geostance.stance.Evidence;
import org.geostance.stance.TargetStance;

/**
 * Formats the pairs where the job and the gold disagree, with the paragraph and the evidence, for reading while
 * tuning on the dev split. (A split kept for measuring should be measured, not read this way.)
 */
public final class Disagreements {
    private Disagreements() {}

    /**
     * One block: a header line {@code article #paragraph TARGET gold=… predicted=… score=… confidence=… holder=…},
     * one line per evidence, then the paragraph after {@code | }.
     */
    public static String format(Evaluator.Outcome outcome) {
        StringBuilder out = new StringBuilder();
        GoldSet.Key key = outcome.key();
        out.append(String.format(Locale.ROOT, "%s #%d %s [%s] gold=%s predicted=%s", key.articleId(), key.paragraph(),
                key.target(), outcome.language(), outcome.gold().label(), outcome.predicted().name().toLowerCase(Locale.ROOT)));
        TargetStance stance = outcome.stance();
        if (stance != null) {
            out.append(String.format(Locale.ROOT, " score=%+.2f confidence=%.2f holder=%s%s", stance.score(),
                    stance.confidence(), stance.holder(), stance.holderCountry() == null ? "" : " (" + stance.holderCountry() + ")"));
            out.append('\n');
            for (Evidence evidence : stance.evidence()) {
                out.append("    ").append(evidence.describe()).append('\n');
            }
        } else {
            out.append('\n');
        }
        out.append("  | ").append(outcome.paragraph().replace('\n', ' ')).append('\n');
        return out.toString();
    }
}
