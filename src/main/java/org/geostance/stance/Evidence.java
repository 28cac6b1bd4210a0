package org.geostance.stance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** What each rule name in {@link #rules()} means: why the cue went to this target, and what changed its weight. */
    public static final Map<String, String> RULE_MEANINGS = Map.ofEntries(
            Map.entry("object-of-verb", "the target is the object of an evaluative verb of speech (« a fustigé X », \"praised X\")"),
            Map.entry("evaluates-act", "the verb evaluates an act, and the act's target is taken (« condamne l'agression israélienne »)"),
            Map.entry("adjective-of-target", "the cue is qualified by the target's name or demonym (« agression israélienne », \"Turkey's pressure\")"),
            Map.entry("agent-of-act", "the target is the agent of the act (« imposées par X », « l'agression de X », subject of an act verb)"),
            Map.entry("subject-of-predicate", "the target is the subject of what is said (« X traîne des pieds »)"),
            Map.entry("described-as", "the cue describes the target (« qualifié X d'occupant », \"X is a partner\", apposition)"),
            Map.entry("complement", "a relation noun with the target as complement (« allié de X »), weight × 0.8"),
            Map.entry("beneficiary", "the target receives the support (« soutien à X », \"aid to X\"), weight × 0.8"),
            Map.entry("target-is-punished", "the target is the one a penalty falls on (\"sanctions on X\", \"tariffs on X steel\")"),
            Map.entry("act-of-target", "the cue judges an act named by a noun (\"regretted the decision\", \"called the move disappointing\", « a dénoncé la mesure »): the act of the one other target of the paragraph, weight × 0.8"),
            Map.entry("judged-after", "a judgement right after its verb of designation judges what follows: the first target named there (« a jugé inacceptable que la Turquie ait… »)"),
            Map.entry("apposed-act", "the cue judges the act its sentence reported, summed up after a comma (« X a fermé les détroits, une décision saluée par Kiev »): the act of the sentence's subject, weight × 0.8"),
            Map.entry("target-is-victim", "the target suffers the act (« l'attaque contre X »): no stance, weight 0"),
            Map.entry("pejorative-label", "a pejorative word in the target's own label (« régime sioniste »)"),
            Map.entry("nearest-target", "no syntactic link found: the nearest target in the clause, weight × 0.7"),
            Map.entry("negated", "a negation before the cue in its clause flips it (a negated criticism keeps a small weight)"),
            Map.entry("intensified", "an intensifier next to the cue (vivement, \"sharply\") raises its weight"),
            Map.entry("attenuated", "an attenuator next to the cue (légèrement, \"slightly\") lowers its weight"),
            Map.entry("after-contrast", "after mais / however in its sentence: weight × 1.5"),
            Map.entry("before-contrast", "before a mais / however that follows: weight × 0.6"),
            Map.entry("compound-agent", "the target is the first part of a compound (\"U.S.-backed militias\")"),
            Map.entry("between-parties", "the target is a party after \"between\" (\"mediation between X and Y\"): no stance, weight 0"),
            Map.entry("reported-subject", "the verb of speech judges what its that-clause's subject does (\"warned that a Turkish presence would …\"): the target in that subject, weight × 0.8"),
            Map.entry("carried-subject", "the clause opened by \"and\" has no subject of its own: the target in the subject of the clause before it (\"X's decision was a retreat and would harm …\")"),
            Map.entry("relative-antecedent", "the cue is in a relative clause about the target (\"Washington, which withdrew…\")"),
            Map.entry("pronoun-object", "the verb's object is a pronoun (him/her, it, « le », « l' »), the target named before it (\"called Erdogan to thank him\", \"accusing it of\", « Nétanyahou l'a remercié »)"),
            Map.entry("possessor", "the act is the possessor's (« son banditisme », \"its blockade\"): the nearest target named before it in the sentence"),
            Map.entry("pronoun-subject", "the clause's subject is it/they/he/she opening the sentence: the target (or leader) that opened the sentence before (\"Turkey sent tanks. It has …\")"),
            Map.entry("helper", "an act of help (aid, rescue, relief) with no closer link: the target in the subject of its clause, or of the verb of speech that reports it (\"Turkey said it would send aid\"); the receiver gets nothing"),
            Map.entry("conditional", "in a clause opened by if / unless: a possible act, not one done, weight × 0.5"),
            Map.entry("quoted", "inside a quotation: the holder is the quoted speaker"));

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
                .append(signedTwoDecimals(weight).replace("+0.00", "0.00"));
        if (!shown.isEmpty()) {
            line.append(" [").append(String.join(", ", shown)).append(']');
        }
        return line.toString();
    }

    /**
     * What {@code String.format("%+.2f", value)} gives (half-up on the shortest decimal form), without the cost of
     * parsing a format string for every evidence line of every paragraph.
     */
    static String signedTwoDecimals(double value) {
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        return (negative ? "-" : "+")
                + BigDecimal.valueOf(Math.abs(value)).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
