package org.geostance.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.geostance.targets.Mention;
import org.geostance.text.AnalyzedText;

/**
 * A language's learned decision layer ({@link DecisionModel}) set over the hand decision: the layer reads the hand
 * reading of a pair ({@link StanceFeatures}, with the stems of the target's sentences) and its argmax becomes the
 * label, p(favor) − p(against) the score. The evidence stays the hand reading's, so {@code explain} still shows the
 * cues; a label the layer changed gets an evidence class of basis {@link #BASIS}, whose confidence the calibrated
 * table gives like any other.
 */
public final class LearnedDecision {
    /** The basis of the evidence class of a label the layer set against the hand decision. */
    public static final String BASIS = "learned";

    private LearnedDecision() {}

    /**
     * One pair as the layer decided it.
     *
     * @param hand          the hand decision's stance
     * @param stance        the layer's (the hand one where no layer applies)
     * @param probabilities favor, against, neutral; null where no layer applies
     * @param strongest     the features that pushed hardest toward the layer's label, value × weight, strongest first
     */
    public record Decision(TargetStance hand, TargetStance stance, double[] probabilities,
                           List<Map.Entry<String, Double>> strongest) {
        /** The layer's probability of its own label. */
        public double probability() {
            return probabilities[Arrays.asList(DecisionModel.CLASSES).indexOf(stance.stance())];
        }
    }

    /**
     * The evidence class of the layer's {@code label} for a pair the hand decision read as {@code hand}: the hand
     * reading's class where the layer kept its label, else one of basis {@link #BASIS} with the hand reading's
     * agreement and voice.
     */
    public static EvidenceClass evidenceClass(TargetStance hand, Stance label) {
        EvidenceClass handClass = hand.evidenceClass();
        return label == hand.stance() ? handClass
                : new EvidenceClass(handClass.language(), label, BASIS, "-", handClass.agreeing(), handClass.quoted());
    }

    /**
     * @param hand      the hand decision's stances of the paragraph's targets
     * @param explained how many of the strongest features to keep per pair (0 when scoring: they are for explaining)
     */
    static List<Decision> decide(DecisionModel model, String language, AnalyzedText text, List<Mention> mentions,
                                 List<TargetStance> hand, ConfidenceTable confidences, int explained) {
        List<Decision> out = new ArrayList<>(hand.size());
        StanceFeatures.Paragraph paragraph = new StanceFeatures.Paragraph(language, text, mentions);
        for (TargetStance h : hand) {
            if (!model.knows(language) || h.evidenceClass() == null) {
                out.add(new Decision(h, h, null, List.of()));
                continue;
            }
            double[] p = model.probabilities(language,
                    sink -> StanceFeatures.of(paragraph, h, null, model.stemScope(language), sink));
            Stance label = DecisionModel.argmax(p);
            EvidenceClass evidenceClass = evidenceClass(h, label);
            double confidence = label == h.stance() ? h.confidence() : confidences.confidence(evidenceClass);
            TargetStance decided = new TargetStance(h.target(), h.mentions(), label,
                    Math.round((p[0] - p[1]) * 1000) / 1000.0, confidence, h.evidence(), h.holder(), h.holderCountry(),
                    evidenceClass);
            out.add(new Decision(h, decided, p, explained == 0 ? List.of() : model.contributions(language,
                    StanceFeatures.of(language, text, mentions, h, null, model.stemScope(language)), label, explained)));
        }
        return out;
    }
}
