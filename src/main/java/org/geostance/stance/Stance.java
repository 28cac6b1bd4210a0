package org.geostance.stance;

import java.util.Locale;

/** The stance of a paragraph toward one target. */
public enum Stance {
    FAVOR, AGAINST, NEUTRAL;

    /** "favor", "against" or "neutral", as in the gold files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
