package org.geostance.stance;

import java.io.Serializable;
import java.util.ArrayList;
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
    /**
     * The stem of a capitalised word that opens a sentence, kept apart by a scope with {@link StemScope#openings}:
     * fitting counts it as {@link #STEM} when the stem also occurs written in lower case in the training pairs (a
     * common word such as "Critics" or « Selon »), and drops it otherwise (a name); scoring reads it as that stem.
     */
    public static final String OPENING = "opening:";
    private static final String TARGET_SENTENCE = "target-sentence:";
    private static final String OTHER_SENTENCE = "other-sentence:";
    private static final String ENGINE = "engine:";
    private static final String BASIS = "basis:";
    private static final String STRENGTH = "strength:";
    private static final String EVIDENCE = "evidence:";
    private static final String RULE = "rule:";
    private static final String RULE_COUNT = "rule-count:";
    private static final String NO_NAMES = ", no names";
    private static final String OPENINGS = ", openings";

    private StanceFeatures() {}

    /** General word polarity (reference sentiment lexicons), a feature source that stays outside data/. */
    public interface Polarity {
        /** Hands {@code (lexicon+, value)} or {@code (lexicon-, |value|)} for each lexicon that knows the word. */
        void add(String language, String surface, String stem, ObjDoubleConsumer<String> feature);
    }

    /**
     * Receives a pair's features one at a time. A feature's name is its family (up to and with its first colon, ""
     * for a name without one) followed by its key, handed apart so that scoring resolves them without building the
     * name; the families are constants.
     */
    public interface Sink {
        /** Adds {@code value} to what the feature has so far (0 before its first value). */
        void add(String family, String key, double value);

        /** Sets the feature to 1: a presence, however often it is met. */
        void mark(String family, String key);
    }

    /**
     * The words of one paragraph and its target references, shared by its pairs: each word's stem is computed once
     * for all the targets of the paragraph.
     */
    public static final class Paragraph {
        private final String language;
        private final AnalyzedText text;
        private final List<Mention> mentions;
        private final Stems stemmer;
        private final String[] stems;

        public Paragraph(String language, AnalyzedText text, List<Mention> mentions) {
            this.language = language;
            this.text = text;
            this.mentions = mentions;
            this.stemmer = Stems.of(language);
            this.stems = new String[text.tokens().size()];
        }

        /** Whether token {@code t} is part of a mention of any target. */
        private boolean inMention(int t) {
            for (Mention m : mentions) {
                if (m.firstToken() <= t && t < m.endToken()) {
                    return true;
                }
            }
            return false;
        }

        /** The matching stem of token {@code t}; its folded key in a language without a stemmer. */
        private String stem(int t) {
            if (stems[t] == null) {
                Token token = text.token(t);
                stems[t] = stemmer == null ? token.key() : stemmer.stem(token.text());
            }
            return stems[t];
        }
    }

    /**
     * Which words of the target's sentences give stem features.
     *
     * @param names    whether words written with a capital or a digit count: the names, places and dates of the
     *                 articles trained on, which a model memorises and which do not recur in new copy
     * @param window   only words at most this many tokens from a mention of the target count (0: the whole sentence)
     * @param openings without names: whether the capitalised first word of a sentence still gives a stem, as an
     *                 {@link #OPENING} feature, unless it is part of a mention of any target
     */
    public record StemScope(boolean names, int window, boolean openings) implements Serializable {
        /** Every word of the target's sentences (the French layer's scope). */
        public static final StemScope SENTENCE = new StemScope(true, 0);

        public StemScope {
            if (names && openings) {
                throw new IllegalArgumentException("openings are a scope without names: with names they are stems");
            }
        }

        public StemScope(boolean names, int window) {
            this(names, window, false);
        }

        /**
         * The family the word's stem is given under, or null for none. The distance is measured only when a window
         * asks for it: the engine's layer scores every pair.
         *
         * @param opensSentence whether the word is the first word of its sentence
         * @param inMention     whether the word is part of a mention of any target
         */
        String family(Token token, boolean opensSentence, boolean inMention, boolean[] mentionToken, Sentence sentence,
                      int t) {
            String family = names || !isNameLike(token.text()) ? STEM
                    : openings && opensSentence && !inMention && !hasDigit(token.text()) ? OPENING : null;
            return family != null && (window == 0 || distanceToMention(mentionToken, sentence, t) <= window)
                    ? family : null;
        }

        /** Written as "sentence" or "window N", then ", no names" when names are left out, ", openings" when kept. */
        @Override
        public String toString() {
            return (window == 0 ? "sentence" : "window " + window) + (names ? "" : NO_NAMES)
                    + (openings ? OPENINGS : "");
        }

        /** The scope {@link #toString} wrote. */
        public static StemScope parse(String written) {
            String where = written.replace(NO_NAMES, "").replace(OPENINGS, "").trim();
            return new StemScope(!written.contains(NO_NAMES),
                    where.equals("sentence") ? 0 : Integer.parseInt(where.substring("window ".length())),
                    written.contains(OPENINGS));
        }
    }

    /**
     * @param stance the engine's stance toward one target referenced in {@code text}
     * @param polarity general sentiment lexicons, or null for no polarity features (they do not ship in data/)
     * @param stems  which words of the target's sentences give the bag of stems, or null for none
     * @return the features by name, sorted
     */
    public static Map<String, Double> of(String language, AnalyzedText text, List<Mention> mentions,
                                         TargetStance stance, Polarity polarity, StemScope stems) {
        Map<String, Double> f = new TreeMap<>();
        of(new Paragraph(language, text, mentions), stance, polarity, stems, new Sink() {
            @Override
            public void add(String family, String key, double value) {
                f.merge(family + key, value, Double::sum);
            }

            @Override
            public void mark(String family, String key) {
                f.put(family + key, 1.0);
            }
        });
        return f;
    }

    /** The same features handed to {@code f}, in no particular order; a feature may come more than once. */
    public static void of(Paragraph paragraph, TargetStance stance, Polarity polarity, StemScope stems, Sink f) {
        AnalyzedText text = paragraph.text;
        f.add("", "score", stance.score());
        f.add(ENGINE, stance.stance().label(), 1);
        EvidenceClass evidenceClass = stance.evidenceClass();
        if (evidenceClass != null) {
            f.add(BASIS, evidenceClass.basis(), 1);
            f.add(STRENGTH, evidenceClass.strength(), 1);
            f.add("", "agreeing", evidenceClass.agreeing() ? 1 : 0);
            f.add("", "quoted", evidenceClass.quoted() ? 1 : 0);
        }
        f.add("", "holder-is-author", "author".equals(stance.holder()) ? 1 : 0);
        f.add("", "holder-is-target", stance.target().equals(stance.holderCountry()) ? 1 : 0);
        for (Evidence evidence : stance.evidence()) {
            double w = evidence.weight();
            f.add(EVIDENCE, w >= 0 ? "positive" : "negative", Math.abs(w));
            f.add(EVIDENCE, w >= 0 ? "positive-count" : "negative-count", 1);
            for (String rule : evidence.rules()) {
                f.add(RULE, rule, w);
                f.add(RULE_COUNT, rule, 1);
            }
        }
        f.add("", "mentions", Math.log1p(stance.mentions()));
        boolean[] inTarget = new boolean[text.sentences().size()];
        boolean[] mentionToken = new boolean[text.tokens().size()];
        f.add("", "other-targets", otherTargets(paragraph.mentions, stance.target()));
        for (Mention m : paragraph.mentions) {
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
                f.mark("", "opens-sentence");
            }
        }
        for (int s = 0; s < inTarget.length; s++) {
            if (polarity == null && !inTarget[s]) {
                continue; // without polarity, only the target's sentences give features
            }
            Sentence sentence = text.sentences().get(s);
            String where = inTarget[s] ? TARGET_SENTENCE : OTHER_SENTENCE;
            boolean opening = true;
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                Token token = text.token(t);
                if (!token.isWord()) {
                    continue;
                }
                boolean opensSentence = opening;
                opening = false;
                if (mentionToken[t]) {
                    continue;
                }
                if (polarity != null) {
                    polarity.add(paragraph.language, token.text(), paragraph.stem(t),
                            (name, value) -> f.add(where, name, value));
                }
                if (stems != null && inTarget[s] && paragraph.stemmer != null) {
                    String family = stems.family(token, opensSentence, opensSentence && paragraph.inMention(t),
                            mentionToken, sentence, t);
                    if (family != null) {
                        f.mark(family, paragraph.stem(t));
                    }
                }
            }
        }
    }

    /** How many distinct targets other than {@code target} the paragraph references. */
    private static int otherTargets(List<Mention> mentions, String target) {
        List<String> others = new ArrayList<>(2);
        for (Mention m : mentions) {
            if (!m.target().equals(target) && !others.contains(m.target())) {
                others.add(m.target());
            }
        }
        return others.size();
    }

    /** A word written with a capital or holding a digit: a name, a place, a date, a figure. */
    static boolean isNameLike(String word) {
        return Character.isUpperCase(word.codePointAt(0)) || hasDigit(word);
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    /** The stem a {@link #STEM} or {@link #OPENING} feature names; null for other features. */
    public static String stemOf(String name) {
        return name.startsWith(STEM) ? name.substring(STEM.length())
                : name.startsWith(OPENING) ? name.substring(OPENING.length()) : null;
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
}
