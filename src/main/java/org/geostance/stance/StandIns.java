package org.geostance.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.geostance.targets.AliasKind;
import org.geostance.targets.Mention;
import org.geostance.text.AnalyzedText;
import org.geostance.text.Token;

/**
 * « le gouvernement », « le pouvoir », « l'administration », « le président », "the administration", "the
 * government" (function role {@code stand-in}) used bare, for the state the paragraph named last before them:
 * « Le pouvoir joue avec le feu », « accusent l'administration de fermer les yeux ». They are not references (the paragraph must name the target itself), but
 * the rules attach cues to them as to the target they stand for. A noun followed by a name, a target, a demonym
 * (« le gouvernement irakien ») or a complement (« le président de la Commission ») names someone else.
 */
final class StandIns {
    /** Alias of a stand-in mention; {@link #isStandIn} tells them from the matcher's. */
    private static final String ALIAS = "(stand-in)";

    private StandIns() {}

    static boolean isStandIn(Mention mention) {
        return ALIAS.equals(mention.alias());
    }

    /** The mentions with the stand-ins added, sorted as the engine sorts them; the same list when there is none. */
    static List<Mention> add(AnalyzedText text, String language, Lexicon lex, Actors actors, List<Mention> sorted) {
        List<Token> tokens = text.tokens();
        int n = tokens.size();
        boolean[] inMention = new boolean[n];
        for (Mention m : sorted) {
            for (int i = Math.max(0, m.firstToken()); i < Math.min(n, m.endToken()); i++) {
                inMention[i] = true;
            }
        }
        List<Mention> added = null;
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            // The determiner test first: it is a few string compares, the role test a lexicon lookup per token.
            if (inMention[i] || !definite(tokens.get(i - 1)) || !t.isWord() || !has(lex, t, Fn.STAND_IN)
                    || namesAnother(tokens, i + 1, inMention, lex, actors, language)) {
                continue;
            }
            String target = targetBefore(sorted, i);
            if (target == null) {
                continue;
            }
            if (added == null) {
                added = new ArrayList<>(sorted);
            }
            added.add(new Mention(target, ALIAS, t.key().equals("president") || t.text().equalsIgnoreCase("président")
                    ? AliasKind.LEADER : AliasKind.INSTITUTION, i, i + 1, t.begin(), t.end()));
        }
        if (added == null) {
            return sorted;
        }
        added.sort(Comparator.comparingInt(Mention::firstToken).thenComparingInt(Mention::endToken));
        return added;
    }

    /** Roles matched on the folded word (stand-in, of-marker, determiner): no stem needed on this per-token path. */
    private static boolean has(Lexicon lex, Token t, Fn role) {
        return (lex.fn(t.key(), "") & role.bit()) != 0;
    }

    private static boolean definite(Token t) {
        return t.key().equals("le") || t.key().equals("la") || t.key().equals("l'") || t.key().equals("the");
    }

    /** What follows the noun makes it someone else's: a name, a target, a demonym, « de » + a determiner or name. */
    private static boolean namesAnother(List<Token> tokens, int j, boolean[] inMention, Lexicon lex, Actors actors,
                                        String language) {
        if (j >= tokens.size() || !tokens.get(j).isWord()) {
            return false;
        }
        Token next = tokens.get(j);
        if (inMention[j] || Character.isUpperCase(next.text().charAt(0))
                || actors.demonym(language, Stems.of(language).stem(next.text())) != null) {
            return true;
        }
        if (has(lex, next, Fn.OF_MARKER) && j + 1 < tokens.size()) {
            Token after = tokens.get(j + 1);
            return inMention[j + 1] || has(lex, after, Fn.DETERMINER)
                    || after.isWord() && Character.isUpperCase(after.text().charAt(0));
        }
        return false;
    }

    /** The target of the last mention before token i, else null: a noun before any target names none of them. */
    private static String targetBefore(List<Mention> sorted, int i) {
        String last = null;
        for (Mention m : sorted) {
            if (m.firstToken() < i && !isStandIn(m)) {
                last = m.target();
            }
        }
        return last;
    }
}
