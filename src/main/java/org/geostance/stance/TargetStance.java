package org.geostance.stance;

import java.util.List;

/**
 * The stance of one paragraph toward one target.
 *
 * @param target        target code
 * @param mentions      how many times the paragraph references the target
 * @param stance        favor / against / neutral
 * @param score         in [-1, 1]: tanh of the summed evidence weights
 * @param confidence    in [0, 1]: how often labels of its evidence class were right on the tuning splits
 * @param evidence      the cues that counted, in text order
 * @param holder        "author", or the speaker whose words carry the strongest evidence
 * @param holderCountry ISO alpha-3 of the holder when known, else null
 * @param evidenceClass the kind of evidence the confidence comes from; null for a language without lexicon
 */
public record TargetStance(String target, int mentions, Stance stance, double score, double confidence,
                           List<Evidence> evidence, String holder, String holderCountry, EvidenceClass evidenceClass)
        implements java.io.Serializable {
    public TargetStance {
        evidence = List.copyOf(evidence);
    }
}
