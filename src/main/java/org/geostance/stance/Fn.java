package org.geostance.stance;

import java.util.Locale;

/** Roles of function words (data/lexicons/*.function.tsv). */
enum Fn {
    NEGATOR, NEGATION_COMPLEMENT, NEGATION_CANCELLER, INTENSIFIER, ATTENUATOR, CONTRAST, BOUNDARY, CONJUNCTION,
    AGENT_MARKER, OF_MARKER, VICTIM_MARKER, BENEFICIARY_MARKER, DETERMINER, REPORTING_VERB, DESIGNATION_VERB,
    COPULA, AUXILIARY, SUBJECT_PRONOUN, CITING, NOT_A_NAME, ADDITIVE, COMITATIVE, POSSESSIVE,
    PARTIES_MARKER, OBJECT_PRONOUN, ACT_NOUN, STAND_IN, STAND_IN_DETERMINER, SUBJECT_CARRIER, COMPLEMENTIZER,
    SUMMING_UP, PREPOSITION, COUNTERPART, IMPERSONAL, THIRD_PERSON, REFLEXIVE,
    DEFINITE, ACCORDING, LEADER, CLITIC_OBJECT, GERUND_MARKER, GERUND_ADVERB,
    SUBJECT_RELATIVE, STATE_PRONOUN, ASIDE,
    OBSTRUCTION, RELATIVE, ACCORDING_PREPOSITION, PERSON, GROUP_PRONOUN, SPEAKER_POSSESSIVE, PLACE_PREPOSITION,
    SOURCE_PREPOSITION, CONDITION, ELIDED_OBJECT, GENITIVE, DEMONSTRATIVE, DEMONSTRATIVE_STAND_IN, FOCUS, TOLERANCE,
    SETTING, BARE_REPORT, PARALLEL;

    static {
        if (values().length > Long.SIZE) {
            throw new ExceptionInInitializerError("Fn roles are bits of a long: at most " + Long.SIZE);
        }
    }

    /** Roles matched on the word's stem (verbs), the others on its folded key. */
    boolean byStem() {
        return this == REPORTING_VERB || this == DESIGNATION_VERB || this == CITING || this == OBSTRUCTION
                || this == TOLERANCE;
    }

    static Fn parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    final long bit() {
        return 1L << ordinal();
    }
}
