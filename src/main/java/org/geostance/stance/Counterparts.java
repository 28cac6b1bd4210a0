package org.geostance.stance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.geostance.targets.AliasKind;
import org.geostance.targets.Mention;
import org.geostance.text.AnalyzedText;
import org.geostance.text.Token;

/**
 * « Erdogan a félicité son homologue », « Netanyahou a remercié son hôte », "thanked his counterpart": a noun of
 * role {@code counterpart} after a possessive stands for the other side of the exchange. It is resolved only when
 * one target is left: the paragraph must name exactly one target that its sentence has not named before the noun
 * (the possessor's side). Like the stand-ins it is no reference, only something the rules attach cues to.
 * Not when a name, target or demonym follows (« son homologue turc » is the matcher's), nor before a comma
 * (« son homologue, le président mexicain » names someone in apposition), nor when the possessive opens its
 * sentence (« Son hôte a remercié la Turquie »: no possessor before it to tell the sides apart).
 */
final class Counterparts {
    private Counterparts() {}

    /** The mentions with the counterparts added, sorted as the engine sorts them; the same list when there is none. */
    static List<Mention> add(AnalyzedText text, String language, Lexicon lex, Actors actors, List<Mention> sorted) {
        List<Token> tokens = text.tokens();
        int n = tokens.size();
        List<Mention> added = null;
        for (int i = 2; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !StandIns.has(lex, t, Fn.COUNTERPART) || !StandIns.has(lex, tokens.get(i - 1), Fn.POSSESSIVE)
                    || text.sentenceOf(i - 2) != text.sentenceOf(i)) {
                continue;
            }
            boolean[] inMention = StandIns.covered(sorted, n);
            if (inMention[i] || i + 1 < n && tokens.get(i + 1).text().equals(",")
                    || StandIns.namesAnother(tokens, i + 1, inMention, lex, actors, language)) {
                continue;
            }
            String other = otherSide(text, sorted, i);
            if (other == null) {
                continue;
            }
            if (added == null) {
                added = new ArrayList<>(sorted);
            }
            added.add(StandIns.standIn(other, AliasKind.LEADER, t, i));
        }
        if (added == null) {
            return sorted;
        }
        added.sort(StanceEngine.MENTION_ORDER);
        return added;
    }

    /**
     * The one target of the paragraph that the sentence does not name before token i, else null (none, or two
     * candidates: the counterpart could be either).
     */
    private static String otherSide(AnalyzedText text, List<Mention> sorted, int i) {
        int sentence = text.sentenceOf(i);
        Set<String> own = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>();
        for (Mention m : sorted) {
            if (StandIns.isStandIn(m) || m.firstToken() < 0) {
                continue;
            }
            all.add(m.target());
            if (m.firstToken() < i && text.sentenceOf(m.firstToken()) == sentence) {
                own.add(m.target());
            }
        }
        all.removeAll(own);
        return all.size() == 1 ? all.iterator().next() : null;
    }
}
