package org.geostance.targets;

import java.io.Serializable;
import java.util.List;

/**
 * A phrase that contains an alias but is not a reference (« Amérique latine », "Washington Post", « chypriote
 * turc »). Where an exclusion is the longest match, its words produce no mention.
 */
public record Exclusion(String text, String language, List<String> forms, boolean caseSensitive,
                        boolean capitalized) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Exclusion {
        forms = List.copyOf(forms);
    }
}
