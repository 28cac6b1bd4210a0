package org.geostance.stance;

import java.util.Set;

/**
 * One lexicon entry.
 *
 * @param lemma     the entry as written first in the lexicon (e.g. "saluer", "traîner des pieds")
 * @param stems     the stems its tokens are matched on
 * @param weight    signed polarity in [-1, 1]
 * @param cueClass  how it attaches to a target
 * @param flags     exceptions to how its class attaches it
 * @param source    file:line, for messages
 */
record Cue(String lemma, String[] stems, double weight, CueClass cueClass, Set<CueFlag> flags, String source)
        implements java.io.Serializable {

    boolean has(CueFlag flag) {
        return flags.contains(flag);
    }
}
