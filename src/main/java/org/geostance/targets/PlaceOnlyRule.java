package org.geostance.targets;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a capital is named only as the place where something happened (« a déclaré à Washington », "speaking in
 * Ankara"), it is not a reference. A mention of one of {@code kinds} is place-only when
 * <ol>
 *   <li>it follows one of the language's prepositions (optionally with a determiner in between), and, looking back
 *       at most {@code window} tokens within the sentence, the nearest cue is a place cue (a speech or meeting
 *       verb, an event noun, a motion verb) rather than an address cue (« a répondu à », « une lettre à », "a
 *       message to"): no cue at all leaves the reference; or</li>
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

    /** One language's word lists. */
    public record Cues(List<String> prepositions, List<String> determiners, List<String> placeCues,
                       List<String> addressCues) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Cues {
            prepositions = List.copyOf(prepositions);
            determiners = List.copyOf(determiners);
            placeCues = List.copyOf(placeCues);
            addressCues = List.copyOf(addressCues);
        }
    }
}
