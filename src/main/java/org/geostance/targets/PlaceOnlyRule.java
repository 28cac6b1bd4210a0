package org.geostance.targets;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a capital is named only as the place where something happened (« a déclaré à Washington », "speaking in
 * Ankara"), it is not a reference. A mention of one of {@code kinds} is place-only when
 * <ol>
 *   <li>it follows one of the language's locative prepositions (optionally with a determiner in between), and,
 *       looking back at most {@code window} words within the sentence, the nearest cue is a place cue (a speech or
 *       meeting verb, an event noun, a motion verb) rather than an address cue (« a répondu à », « une lettre à »,
 *       "a letter from"): no cue at all leaves the reference; or</li>
 *   <li>it follows a motion preposition ("to") and the nearest cue is a motion cue ("travelled to Ankara"),
 *       not an address or speech cue ("a message to Washington", "said to Washington"); or</li>
 *   <li>the preposition opens the sentence, a comma follows the capital, and a place cue occurs within
 *       {@code window} tokens after it (« À Ankara, le ministre a déclaré… »).</li>
 * </ol>
 * Prepositions are compared on the lower-cased token text with accents (« à » is not the verb « a »); cues and
 * determiners on folded keys, a cue ending in {@code *} matching as a prefix.
 */
public record PlaceOnlyRule(Set<AliasKind> kinds, int window, Map<String, Cues> languages) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final PlaceOnlyRule NONE = new PlaceOnlyRule(Set.of(), 0, Map.of());

    public PlaceOnlyRule {
        kinds = Set.copyOf(kinds);
        languages = Map.copyOf(languages);
    }

    /**
     * One language's word lists. Motion prepositions (English "to") make a capital place-only only after a motion
     * cue ("travelled to Ankara"); after a speech verb they introduce the addressee ("said to Washington").
     */
    public record Cues(List<String> prepositions, List<String> determiners, List<String> placeCues,
                       List<String> addressCues, List<String> motionPrepositions, List<String> motionCues)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public Cues {
            prepositions = List.copyOf(prepositions);
            determiners = List.copyOf(determiners);
            placeCues = List.copyOf(placeCues);
            addressCues = List.copyOf(addressCues);
            motionPrepositions = List.copyOf(motionPrepositions);
            motionCues = List.copyOf(motionCues);
        }
    }
}
