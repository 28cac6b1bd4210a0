package org.geostance.targets;

import java.io.Serializable;
import java.util.List;

/**
 * A country whose stance is scored.
 *
 * @param code ISO 3166-1 alpha-3 code (USA, TUR, ISR)
 * @param name display name
 * @param aliases what refers to it, in file order
 * @param exclusions phrases that contain one of its aliases without referring to it
 */
public record Target(String code, String name, List<Alias> aliases, List<Exclusion> exclusions)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public Target {
        aliases = List.copyOf(aliases);
        exclusions = List.copyOf(exclusions);
    }
}
