package org.geostance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.geostance.evaluation.Calibration;
import org.geostance.evaluation.GoldSplits;
import org.geostance.spark.LocalSpark;
import org.geostance.stance.ConfidenceTable;
import org.geostance.stance.DecisionModel;
import org.geostance.stance.StanceEngine;
import org.geostance.targets.TargetDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Refits the confidence table on the tuning splits; run it after any change to the rules, lexicons or layers. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit confidence.tsv (how often each kind of label is right) on labeled splits: the tuning"
                + " splits give each kind's rate, with out-of-fold labels where a language has a decision layer (each"
                + " split labeled by a layer fitted, with the shipped layer's settings, on the other tuning splits);"
                + " the held-out split scales it by how each language and label fare on text the rules and layers"
                + " were never fitted on.",
            "Defaults: tuning splits " + GoldSplits.TUNING_NAMES + ", held out " + GoldSplits.HELD_OUT_NAMES
                + " (data/gold/<split>.tsv)."})
final class CalibrateCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "TSV",
            description = "A tuning split's labels, beside the folder of its articles (data/gold/dev.tsv and"
                    + " data/gold/dev/); repeatable. Never a split kept for measuring.")
    List<Path> gold;

    @Option(names = "--held-out", paramLabel = "TSV",
            description = "A split the rules and layers are never fitted on, beside the folder of its articles;"
                    + " repeatable. It sets how often each language's labels are right on unseen text.")
    List<Path> heldOut;

    @Option(names = "--output", paramLabel = "TSV",
            description = "Where to write the table (default: confidence.tsv in the lexicons folder).")
    Path output;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws Exception {
        List<Path> tuning = gold != null ? gold : splits(GoldSplits.TUNING);
        List<Path> held = heldOut != null ? heldOut : splits(GoldSplits.HELD_OUT);
        Calibration.requireSplits(tuning, held);
        TargetDictionary dictionary = engineOptions.dictionary();
        StanceEngine engine = engineOptions.engine();
        Map<String, DecisionModel.Settings> layers = new TreeMap<>();
        if (!engineOptions.handDecision) {
            for (String language : StanceEngine.LANGUAGES) {
                Path file = DecisionModel.file(engineOptions.lexiconsPath(), language);
                if (Files.exists(file)) {
                    layers.put(language, TrainCommand.shippedSettings(file));
                }
            }
        }
        ConfidenceTable table = LocalSpark.withSession("geostance-calibrate", 1, false,
                spark -> Calibration.fit(tuning, held, dictionary, engine, layers));
        Path target = output != null ? output : engineOptions.lexiconsPath().resolve(ConfidenceTable.FILE);
        table.write(target, List.of("geostance confidence table, fitted by `bin/geostance calibrate` with lexicons "
                        + engine.versions() + ": tuning splits " + Calibration.splitNames(tuning) + ", held out "
                        + Calibration.splitNames(held) + "; out-of-fold labels on the tuning splits for the layers"
                        + " of " + (layers.isEmpty() ? "no language" : String.join(", ", layers.keySet())) + ".",
                "confidence = the class's rate right on the tuning splits x (95 % lower bound of its held-out group's",
                "rate / that group's tuning rate); a class or group with under 20 pairs backs off (\"*\" = any)."));
        System.out.println("confidence table: " + target);
        return 0;
    }

    private static List<Path> splits(List<String> names) {
        return names.stream()
                .map(name -> Defaults.home().resolve("data/gold").resolve(name + ".tsv")).toList();
    }
}
