package org.geostance.targets;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One dictionary alias of a target.
 *
 * @param text the alias as written in targets.json (the base form when inflected)
 * @param language "fr", "en", another ISO 639-1 code, or "any" for every language
 * @param forms every surface form matched: {@code text} and its generated inflections, then explicit forms
 * @param caseSensitive forms match only with the exact case (US, MIT); otherwise case, accents and apostrophes
 *     are ignored
 * @param capitalized the first letter must be upper case (Turkey, not turkey), the rest is compared as usual
 * @param needsSupport counts only when the paragraph holds another reference to the same target
 * @param combining matches only as the first part of a hyphenated word (israélo-palestinien)
 * @param from first day the alias speaks for the state, inclusive; null when open
 * @param to last day the alias speaks for the state, inclusive; null when open
 */
public record Alias(String text, String language, AliasKind kind, List<String> forms, boolean caseSensitive,
                    boolean capitalized, boolean needsSupport, boolean combining, LocalDate from, LocalDate to)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public Alias {
        forms = List.copyOf(forms);
    }

    public boolean dated() {
        return from != null || to != null;
    }
}
