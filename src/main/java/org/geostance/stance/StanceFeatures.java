package org.geostance.stance;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ObjDoubleConsumer;
import org.geostance.targets.Mention;
import org.geostance.text.AnalyzedText;
import org.geostance.text.Sentence;
import org.geostance.text.Token;

/**
 * What a learned decision sees of one paragraph × target: the rule engine's score and evidence (its class, the
 * summed weight per attachment rule), where the target stands in its sentence, general polarity of the target's
 * sentences and of the others (a {@link Polarity}, measured only: none ships), and optionally the folded stems of the target's
 * sentences. Pure Java; named features, so that a model's weights can be read and explained.
 */
public final class StanceFeatures {
    public static final String STEM = "stem:";
    private static final String TARGET_SENTENCE = "target-sentence:";
    private static final String OTHER_SENTENCE = "other-sentence:";
    private static final String NO_NAMES = ", no names";

    private StanceFeatures() {}

    /** General word polarity (reference sentiment lexicons), a feature source that stays outside data/. */
    public interface Polarity {
        /** Hands {@code (lexicon+, value)} or {@code (lexicon-, |value|)} for each lexicon that knows the word. */
        void add(String language, String surface, String stem, ObjDoubleConsumer<String> feature);
    }

    /**
     * Which words of the target's sentences give stem features.
     *
     * @param names  whether words written with a capital or a digit count: the names, places and dates of the
     *               articles trained on, which a model memorises and which do not recur in new copy
     * @param window only words at most this many tokens from a mention of the target count (0: the whole sentence)
     */
    public record StemScope(boolean names, int window) implements Serializable {
        /** Every word of the target's sentences (the French layer's scope). */
        public static final StemScope SENTENCE = new StemScope(true, 0);

        // The distance is measured only when a window asks for it: the engine's layer scores every pair.
        boolean admits(Token token, boolean[] mentionToken, Sentence sentence, int t) {
            return (names || !isNameLike(token.text()))
                    && (window == 0 || distanceToMention(mentionToken, sentence, t) <= window);
        }

        /** Written as "sentence" or "window N", then ", no names" when names are left out. */
        @Override
        public String toString() {
            return (window == 0 ? "sentence" : "window " + window) + (names ? "" : NO_NAMES);
        }

        /** The scope {@link #toString} wrote. */
        public static StemScope parse(String written) {
            String where = written.replace(NO_NAMES, "").trim();
            return new StemScope(!written.contains(NO_NAMES),
                    where.equals("sentence") ? 0 : Integer.parseInt(where.substring("window ".length())));
        }
    }

    /**
     * @param stance the engine's stance toward one target referenced in {@code text}
     * @param polarity general sentiment lexicons, or null for no polarity features (they do not ship in data/)
     * @param stems  which words of the target's sentences give the bag of stems, or null for none
     */
    public static Map<String, Double> of(String language, AnalyzedText text, List<Mention> mentions,
                                         TargetStance stance, Polarity polarity, StemScope stems) {
        Map<String, Double> f = new TreeMap<>();
        double score = stance.score();
        f.put("score", score);
        put(f, "engine:" + stance.stance().label(), 1);
        EvidenceClass evidenceClass = stance.evidenceClass();
        if (evidenceClass != null) {
            put(f, "basis:" + evidenceClass.basis(), 1);
            put(f, "strength:" + evidenceClass.strength(), 1);
            put(f, "agreeing", evidenceClass.agreeing() ? 1 : 0);
            put(f, "quoted", evidenceClass.quoted() ? 1 : 0);
        }
        put(f, "holder-is-author", "author".equals(stance.holder()) ? 1 : 0);
        put(f, "holder-is-target", stance.target().equals(stance.holderCountry()) ? 1 : 0);
        for (Evidence evidence : stance.evidence()) {
            double w = evidence.weight();
            put(f, w >= 0 ? "evidence:positive" : "evidence:negative", Math.abs(w));
            put(f, w >= 0 ? "evidence:positive-count" : "evidence:negative-count", 1);
            for (String rule : evidence.rules()) {
                put(f, "rule:" + rule, w);
                put(f, "rule-count:" + rule, 1);
            }
        }
        put(f, "mentions", Math.log1p(stance.mentions()));
        boolean[] inTarget = new boolean[text.sentences().size()];
        boolean[] mentionToken = new boolean[text.tokens().size()];
        long others = mentions.stream().map(Mention::target).filter(t -> !t.equals(stance.target())).distinct().count();
        put(f, "other-targets", others);
        for (Mention m : mentions) {
            if (!m.target().equals(stance.target()) || text.tokens().isEmpty()) {
                continue;
            }
            int sentence = text.sentenceOf(m.firstToken());
            inTarget[sentence] = true;
            for (int t = m.firstToken(); t < m.endToken() && t < mentionToken.length; t++) {
                mentionToken[t] = true;
            }
            // The first words of a sentence are usually its subject: the actor, not the patient.
            if (m.firstToken() - text.sentences().get(sentence).firstToken() <= 2) {
                f.put("opens-sentence", 1.0);
            }
        }
        Stems stemmer = Stems.of(language);
        for (int s = 0; s < inTarget.length; s++) {
            if (polarity == null && !inTarget[s]) {
                continue; // without polarity, only the target's sentences give features
            }
            Sentence sentence = text.sentences().get(s);
            String where = inTarget[s] ? TARGET_SENTENCE : OTHER_SENTENCE;
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                Token token = text.token(t);
                if (!token.isWord() || mentionToken[t]) {
                    continue;
                }
                if (polarity != null) {
                    polarity.add(language, token.text(), stemmer == null ? token.key() : stemmer.stem(token.text()),
                            (name, value) -> put(f, where + name, value));
                }
                if (stems != null && inTarget[s] && stemmer != null
                        && stems.admits(token, mentionToken, sentence, t)) {
                    f.put(STEM + stemmer.stem(token.text()), 1.0);
                }
            }
        }
        return f;
    }

    /** A word written with a capital or holding a digit: a name, a place, a date, a figure. */
    static boolean isNameLike(String word) {
        return Character.isUpperCase(word.codePointAt(0)) || word.chars().anyMatch(Character::isDigit);
    }

    /** Tokens between {@code t} and the nearest mention of the target in its sentence (a target sentence has one). */
    private static int distanceToMention(boolean[] mentionToken, Sentence sentence, int t) {
        int nearest = Integer.MAX_VALUE;
        for (int m = sentence.firstToken(); m < sentence.endToken() && m < mentionToken.length; m++) {
            if (mentionToken[m]) {
                nearest = Math.min(nearest, Math.abs(m - t));
            }
        }
        return nearest;
    }

    /** Whether a feature is a polarity sum of the reference lexicons. */
    public static boolean isPolarity(String name) {
        return name.startsWith(TARGET_SENTENCE) || name.startsWith(OTHER_SENTENCE);
    }

    private static void put(Map<String, Double> f, String name, double value) {
        f.merge(name, value, Double::sum);
    }
}
