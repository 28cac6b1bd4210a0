package org.geostance.targets;

/** What an alias names: the country itself, its people, a place or body standing for its state, or a person. */
public enum AliasKind {
    /** The country's name: « États-Unis », "Turkey", « État d'Israël ». */
    NAME,
    /** Abbreviations: US, USA, U.S., É.-U. */
    SHORT_FORM,
    /** Demonyms and adjectives in every form: américain(e)(s), Turkish, Israelis, combining forms (israélo-). */
    DEMONYM,
    /** A capital city used for the state (« Washington a averti »); subject to the place-only rule. */
    CAPITAL,
    /** A seat of power: la Maison-Blanche, the Pentagon, le Département d'État. */
    SEAT,
    /** Institutions, agencies and forces: CIA, Tsahal, Knesset, MIT. */
    INSTITUTION,
    /** A leader or official, valid only within the dates of office given in the dictionary. */
    LEADER,
    /** An unmistakable label: « l'entité sioniste », "the Great Satan". */
    LABEL
}
