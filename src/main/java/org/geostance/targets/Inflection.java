package org.geostance.targets;

import java.util.List;
import java.util.Locale;

/**
 * How an alias's last word inflects, declared in targets.json as {@code "inflect"}. Each class appends endings to
 * the base form given as {@code "text"}; the forms are generated when the dictionary is loaded.
 */
public enum Inflection {
    /** The base form only. */
    NONE("none"),
    /** French adjective: américain, américaine, américains, américaines. */
    FR_ADJ("fr-adj"),
    /** French adjective doubling its final n: israélien, israélienne, israéliens, israéliennes. */
    FR_ADJ_N("fr-adj-n"),
    /** French adjective in -c with a feminine in -que: turc, turque, turcs, turques. */
    FR_ADJ_C("fr-adj-c"),
    /** Plural in -s (nouns and invariable-gender adjectives): russe/russes, American/Americans. */
    PLURAL_S("plural-s"),
    /** Plural in -x: hébreu/hébreux. */
    PLURAL_X("plural-x");

    private final String id;

    Inflection(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Inflection byId(String id) {
        for (Inflection inflection : values()) {
            if (inflection.id.equals(id.toLowerCase(Locale.ROOT))) {
                return inflection;
            }
        }
        return null;
    }

    /** Every form of {@code base}, the base first; null when the base cannot take this class. */
    public List<String> forms(String base) {
        return switch (this) {
            case NONE -> List.of(base);
            case FR_ADJ -> List.of(base, base + "e", base + "s", base + "es");
            case FR_ADJ_N -> base.endsWith("n") ? List.of(base, base + "ne", base + "s", base + "nes") : null;
            case FR_ADJ_C -> {
                if (!base.endsWith("c")) {
                    yield null;
                }
                String stem = base.substring(0, base.length() - 1);
                yield List.of(base, stem + "que", base + "s", stem + "ques");
            }
            case PLURAL_S -> List.of(base, base + "s");
            case PLURAL_X -> List.of(base, base + "x");
        };
    }

    static String ids() {
        StringBuilder ids = new StringBuilder();
        for (Inflection inflection : values()) {
            ids.append(ids.length() == 0 ? "" : ", ").append(inflection.id);
        }
        return ids.toString();
    }
}
