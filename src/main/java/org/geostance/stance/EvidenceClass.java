package org.geostance.stance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The kind of evidence a label rests on, coarse enough that the tuning splits hold many labels of each kind: a
 * label's confidence is how often labels of its kind were right there ({@link ConfidenceTable}).
 *
 * @param language  the paragraph's language
 * @param stance    the label
 * @param basis     {@code attached} (at least one cue attached to the target by syntax), {@code nearest} (only
 *                  nearest-target fallbacks), {@code cues} (a neutral whose cues cancel or stay under the threshold)
 *                  or {@code none} (no cue at all); {@code learned} for a label a decision layer set against the
 *                  hand decision ({@link LearnedDecision})
 * @param strength  {@code weak}, {@code medium} or {@code strong} summed weight; {@code -} for a neutral
 * @param agreeing  every counted cue has the sign of the label (a neutral: no counted cue disagrees with another)
 * @param quoted    the strongest cue is in a quoted speaker's words
 */
public record EvidenceClass(String language, Stance stance, String basis, String strength, boolean agreeing,
                            boolean quoted) implements Serializable {
    static final String ANY = "*";
    private static final double MEDIUM = 0.7;
    private static final double STRONG = 1.4;

    /**
     * @param counted cues that counted toward the target (victim readings excluded)
     * @param sum     their summed weight
     * @param abs     the sum of their absolute weights
     */
    static EvidenceClass of(String language, Stance stance, int counted, double sum, double abs, boolean allFallback,
                            boolean quoted) {
        boolean agreeing = Math.abs(sum) >= abs - 1e-9;
        if (stance == Stance.NEUTRAL) {
            return new EvidenceClass(language, stance, counted == 0 ? "none" : "cues", "-", agreeing, quoted);
        }
        String strength = Math.abs(sum) >= STRONG ? "strong" : Math.abs(sum) >= MEDIUM ? "medium" : "weak";
        return new EvidenceClass(language, stance, allFallback ? "nearest" : "attached", strength, agreeing, quoted);
    }

    /** This class's key, then ever coarser ones, ending with {@code "* * * * * *"} (every label). */
    List<String> keys() {
        String[] fields = {language, stance.label(), basis, strength, agreeing ? "agreeing" : "disagreeing",
                quoted ? "quoted" : "author"};
        List<String> keys = new ArrayList<>(fields.length + 1);
        for (int kept = fields.length; kept >= 0; kept--) {
            String[] key = new String[fields.length];
            for (int i = 0; i < fields.length; i++) {
                key[i] = i < kept ? fields[i] : ANY;
            }
            keys.add(String.join(" ", key));
        }
        return keys;
    }
}
