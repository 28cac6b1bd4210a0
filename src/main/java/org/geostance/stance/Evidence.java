package org.geostance.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One cue that counted toward a target, with why.
 *
 * @param target the target code (USA, TUR, ISR)
 * @param cue    the cue as written, negator included when negated (e.g. "ne saluent pas")
 * @param lemma  the lexicon entry it matched (e.g. "saluer"), prefixed by nothing
 * @param begin  char offset of the cue in the paragraph
 * @param end    char offset (exclusive)
 * @param weight signed final contribution (after negation, intensity, contrast, attachment factors)
 * @param rules  the rules that applied, e.g. "negated", "object-of-verb", "target-is-victim"
 */
public record Evidence(String target, String cue, String lemma, int begin, int end, double weight, List<String> rules)
        implements java.io.Serializable {
    public Evidence {
        rules = List.copyOf(rules);
    }

    /** One line, e.g. {@code négation: ne saluent pas (+saluer) → -0.80 [object-of-verb]}. */
    public String describe() {
        List<String> shown = new ArrayList<>(rules);
        boolean negated = shown.remove("negated");
        double lexiconSign = negated ? -Math.signum(weight) : Math.signum(weight);
        // A negated hostile cue keeps a small opposite weight; its lexicon sign is the opposite of the final one.
        String sign = lexiconSign < 0 ? "-" : "+";
        if (weight == 0) {
            sign = "±";
        }
        StringBuilder line = new StringBuilder();
        if (negated) {
            line.append("négation: ");
        }
        line.append(cue).append(" (").append(sign).append(lemma).append(") → ")
                .append(String.format(Locale.ROOT, "%+.2f", weight).replace("+0.00", "0.00"));
        if (!shown.isEmpty()) {
            line.append(" [").append(String.join(", ", shown)).append(']');
        }
        return line.toString();
    }
}
