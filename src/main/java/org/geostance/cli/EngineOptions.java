package org.geostance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.geostance.stance.StanceEngine;
import org.geostance.targets.TargetDictionary;
import picocli.CommandLine.Option;

/** The options every command that scores shares: which targets and lexicons, and how much to say on errors. */
final class EngineOptions {
    @Option(names = "--targets", paramLabel = "JSON", description = "Targets dictionary (default: data/targets.json).")
    Path targets;

    @Option(names = "--lexicons", paramLabel = "DIR", description = "Cue lexicons folder (default: data/lexicons).")
    Path lexicons;

    @Option(names = "--hand-decision", description = "Ignore the learned decision layers (data/lexicons/decision.<lang>.tsv):"
            + " the hand decision in every language, for comparison.")
    boolean handDecision;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    Path targetsPath() {
        return existing(targets == null ? Defaults.home().resolve("data/targets.json") : targets, "--targets");
    }

    Path lexiconsPath() {
        return existing(lexicons == null ? Defaults.home().resolve("data/lexicons") : lexicons, "--lexicons");
    }

    TargetDictionary dictionary() {
        return TargetDictionary.load(targetsPath());
    }

    StanceEngine engine() {
        StanceEngine engine = StanceEngine.load(lexiconsPath());
        return handDecision ? engine.handDecision() : engine;
    }

    static Path existing(Path path, String option) {
        if (path != null && !Files.exists(path)) {
            throw new IllegalArgumentException(option + " " + path + ": no such file or folder");
        }
        return path;
    }
}
