package org.geostance.evaluation;

import java.util.List;

/**
 * The roles of the gold splits in data/gold/, in one place: the learned layers are trained and the confidence table's
 * kinds are counted on the tuning splits; the held-out split only scales confidence (data/gold/README.md says how
 * each split was written and when it changed role).
 */
public final class GoldSplits {
    // Constant strings, so that command help can name them.
    public static final String TUNING_NAMES = "dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev12, dev14";
    public static final String HELD_OUT_NAMES = "dev11";
    public static final List<String> TUNING = List.of(TUNING_NAMES.split(", "));
    public static final List<String> HELD_OUT = List.of(HELD_OUT_NAMES.split(", "));

    private GoldSplits() {
    }
}
