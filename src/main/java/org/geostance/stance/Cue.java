package org.geostance.stance;

/**
 * One lexicon entry.
 *
 * @param lemma     the entry as written first in the lexicon (e.g. "saluer", "traîner des pieds")
 * @param stems     the stems its tokens are matched on
 * @param weight    signed polarity in [-1, 1]
 * @param cueClass  how it attaches to a target
 * @param ofPatient true when « de X » / "of X" names the patient of the act (l'occupation de la Syrie)
 * @param punitive  true for a penalty (sanctions, tariffs): the target it falls on (« sur X », "on X") is the one blamed
 * @param notAVerb  true for a noun or adjective entry of a verb class (« inquiet », « satisfaction »): it has no passive
 * @param ofHolder  true when « X de Y » names who feels or voices it (« la colère d'Ankara »), not its object
 * @param help      true for an act of help (aid, rescue, relief): its favor goes to the one who gives it, not the receiver
 * @param toReceiver true when it favours only whom it is given to (« son soutien », « la solidarité de X »): its
 *                  giver is not judged
 * @param source    file:line, for messages
 */
record Cue(String lemma, String[] stems, double weight, CueClass cueClass, boolean ofPatient,
        boolean punitive, boolean notAVerb, boolean ofHolder, boolean help, boolean toReceiver, String source)
        implements java.io.Serializable {}
