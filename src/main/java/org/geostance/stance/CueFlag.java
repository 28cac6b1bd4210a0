package org.geostance.stance;

import java.util.Locale;

/** A lexicon entry's flags: exceptions to how its class attaches it (fourth column, comma-separated). */
enum CueFlag {
    /** « de X » / "of X" names the patient of the act (l'occupation de la Syrie), not its agent. */
    OF_PATIENT,
    /** A penalty (sanctions, tariffs): the target it falls on (« sur X », "on X") is the one blamed. */
    PUNITIVE,
    /** A noun or adjective entry of a verb class (« inquiet », « satisfaction »): it has no passive. */
    NOT_A_VERB,
    /** « X de Y » names who feels or voices it (« la colère d'Ankara »), not its object. */
    OF_HOLDER,
    /** An act of help (aid, rescue, relief): its favor goes to the one who gives it, not the receiver. */
    HELP,
    /** It favours only whom it is given to (« son soutien », « la solidarité de X »): its giver is not judged. */
    TO_RECEIVER,
    /**
     * A slogan ("down with X") counts only where it opens its clause or follows punctuation: after a word of the
     * same clause its words are something else ("the drone was shot down with a missile").
     */
    OPENS_CLAUSE;

    static CueFlag parse(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
