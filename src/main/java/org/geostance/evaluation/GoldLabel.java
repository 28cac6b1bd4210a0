package org.geostance.evaluation;

import java.util.Locale;

/** The labels a gold file may use; NONE means the paragraph does not reference the target. */
public enum GoldLabel {
    FAVOR, AGAINST, NEUTRAL, MIXED, NONE;

    public static GoldLabel parse(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
