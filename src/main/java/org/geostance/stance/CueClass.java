package org.geostance.stance;

import java.util.Locale;

/** What kind of cue a lexicon entry is; it decides how the cue is attached to a target. */
enum CueClass {
    /** A noun or verb naming an act or relation (agression, sanctions, soutien): the target is its agent. */
    FRAMING,
    /** An evaluative verb or noun of speech (condamner, saluer): the target is its object. */
    SPEECH_VERB,
    /** A verb of a hostile or friendly act (subjuguer, envahir): subject is agent, object is patient. */
    ACT_VERB,
    /** Something said about the subject (traîner des pieds): the target is the subject. */
    PREDICATE,
    /** A noun describing an actor (occupant, allié): the target is what it describes. */
    ATTRIBUTE,
    /** A general evaluative adjective (illégal, constructif): the nearest target of its clause. */
    EVALUATIVE_ADJECTIVE,
    /** A pejorative word inside a target's own label (« régime sioniste », "Great Satan"): that target. */
    LABEL;

    static CueClass parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
