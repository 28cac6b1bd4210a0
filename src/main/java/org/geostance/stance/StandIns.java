package org.geostance.stance;

import java.util.ArrayList;
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
 * (« le gouvernement irakien ») or a complement (« le président de la Commission ») names someone else. A few nouns
 * (role {@code demonstrative-stand-in}: « ce pays », « cet État ») stand for it only after a demonstrative.
 */
final class StandIns {
    /** Alias of a stand-in mention; {@link #isStandIn} tells them from the matcher's. */
    private static final String ALIAS = "(stand-in)";

    private StandIns() {}

    static boolean isStandIn(Mention mention) {
        return ALIAS.equals(mention.alias());
    }

    /** A stand-in for {@code target} at token i (shared with {@link Counterparts}). */
    static Mention standIn(String target, AliasKind kind, Token t, int i) {
        return new Mention(target, ALIAS, kind, i, i + 1, t.begin(), t.end());
    }

    /** The mentions with the stand-ins added, sorted as the engine sorts them; the same list when there is none. */
    static List<Mention> add(AnalyzedText text, String language, Lexicon lex, Actors actors, List<Mention> sorted) {
        List<Token> tokens = text.tokens();
        int n = tokens.size();
        boolean[] inMention = covered(sorted, n);
        List<Mention> added = null;
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            // The noun's role first: one lookup per token, the determiner's only for the few stand-in nouns.
            boolean anyDeterminer = has(lex, t, Fn.STAND_IN);
            if (inMention[i] || !t.isWord() || !anyDeterminer && !has(lex, t, Fn.DEMONSTRATIVE_STAND_IN)) {
                continue;
            }
            int det = determinerOf(tokens, i, inMention, lex, actors, language);
            // « ce pays » is the one named before, « le pays » any country
            if (det < 0 || !anyDeterminer && !has(lex, tokens.get(det), Fn.DEMONSTRATIVE)
                    || namesAnother(tokens, i + 1, inMention, lex, actors, language)) {
                continue;
            }
            Mention last = lastBefore(sorted, i);
            if (last == null) {
                continue;
            }
            String target = last.target();
            if (language.equals("en") && objectOfVerb(tokens, det, lex)
                    && text.sentenceOf(Math.max(0, last.firstToken())) == text.sentenceOf(i)) {
                target = otherTarget(sorted, i, target);
            }
            if (added == null) {
                added = new ArrayList<>(sorted);
            }
            added.add(standIn(target, has(lex, t, Fn.LEADER) ? AliasKind.LEADER : AliasKind.INSTITUTION, t, i));
        }
        if (added == null) {
            return sorted;
        }
        added.sort(StanceEngine.MENTION_ORDER);
        return added;
    }

    /** Which of the n tokens lie inside a mention. */
    static boolean[] covered(List<Mention> sorted, int n) {
        boolean[] inMention = new boolean[n];
        for (Mention m : sorted) {
            for (int i = Math.max(0, m.firstToken()); i < Math.min(n, m.endToken()); i++) {
                inMention[i] = true;
            }
        }
        return inMention;
    }

    /** Roles matched on the folded word (stand-in, of-marker, determiner): no stem needed on this per-token path. */
    static boolean has(Lexicon lex, Token t, Fn role) {
        return (lex.fn(t.key(), "") & role.bit()) != 0;
    }

    /** « le », « la », « l' », "the" (role stand-in-determiner), « ce », « cet », « cette » (demonstrative). */
    private static boolean definite(Lexicon lex, Token t) {
        return has(lex, t, Fn.STAND_IN_DETERMINER) || has(lex, t, Fn.DEMONSTRATIVE);
    }

    /** What follows the noun makes it someone else's: a name, a target, a demonym, « de » + a determiner or name. */
    static boolean namesAnother(List<Token> tokens, int j, boolean[] inMention, Lexicon lex, Actors actors,
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

    /** The last mention before token i, else null: a noun before any target names none of them. */
    private static Mention lastBefore(List<Mention> sorted, int i) {
        Mention last = null;
        for (Mention m : sorted) {
            if (m.firstToken() < i && !isStandIn(m)) {
                last = m;
            }
        }
        return last;
    }

    /**
     * The determiner of the stand-in at i (the caller has checked the noun's role): right before it, or before one
     * plain adjective ("the new administration"; not a name, target or demonym, which make it someone else's
     * government); -1 if none.
     */
    private static int determinerOf(List<Token> tokens, int i, boolean[] inMention, Lexicon lex, Actors actors,
                                    String language) {
        if (definite(lex, tokens.get(i - 1))) {
            return i - 1;
        }
        Token adjective = tokens.get(i - 1);
        if (!language.equals("en") || i < 2 || !definite(lex, tokens.get(i - 2)) || inMention[i - 1] || !adjective.isWord()
                || !Character.isLowerCase(adjective.text().charAt(0)) || lex.fn(adjective.key(), "") != 0
                || actors.demonym(language, Stems.of(language).stem(adjective.text())) != null) {
            return -1;
        }
        return i - 2;
    }

    /**
     * "thanked the administration", "accuse the new administration": a verb's object right before the determiner.
     * A word with a function role is no verb; prepositions have one ("in the government" is a complement).
     */
    private static boolean objectOfVerb(List<Token> tokens, int det, Lexicon lex) {
        if (det == 0) {
            return false;
        }
        Token verb = tokens.get(det - 1);
        return verb.isWord() && Character.isLowerCase(verb.text().charAt(0)) && lex.fn(verb.key(), "") == 0;
    }

    /**
     * "Israeli officials thanked the administration": the object of a verb whose sentence names only its own
     * side before it is the other party: the last other target before it in the paragraph, else the first one
     * after it; the same target when the paragraph names no other.
     */
    private static String otherTarget(List<Mention> sorted, int i, String same) {
        String before = null;
        for (Mention m : sorted) {
            if (isStandIn(m) || m.target().equals(same)) {
                continue;
            }
            if (m.firstToken() < i) {
                before = m.target();
            } else if (before == null) {
                return m.target();
            }
        }
        return before != null ? before : same;
    }
}
