package org.geostance.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.geostance.evaluation.Calibration;
import org.geostance.spark.LocalSpark;
import org.geostance.stance.ConfidenceTable;
import org.geostance.stance.ParagraphScorer;
import org.geostance.stance.StanceEngine;
import org.geostance.targets.TargetDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Refits the confidence table on the tuning splits; run it after any change to the rules or lexicons. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit confidence.tsv (how often each kind of label is right) on labeled tuning splits.")
final class CalibrateCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "TSV",
            description = "A tuning split's labels, beside the folder of its articles (data/gold/dev.tsv and"
                    + " data/gold/dev/); repeatable. Never a split kept for measuring.")
    List<Path> gold;

    @Option(names = "--held-out", required = true, paramLabel = "TSV",
            description = "A split the rules are never tuned on, beside the folder of its articles; repeatable. It"
                    + " sets how often each language's labels are right on unseen text.")
    List<Path> heldOut;

    @Option(names = "--output", paramLabel = "TSV",
            description = "Where to write the table (default: confidence.tsv in the lexicons folder).")
    Path output;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws Exception {
        Calibration.requireSplits(gold, heldOut);
        TargetDictionary dictionary = engineOptions.dictionary();
        StanceEngine engine = engineOptions.engine();
        ConfidenceTable table = LocalSpark.withSession("geostance-calibrate", 1, false,
                spark -> Calibration.fit(gold, heldOut, ParagraphScorer.create(dictionary, engine)));
        Path target = output != null ? output : engineOptions.lexiconsPath().resolve(ConfidenceTable.FILE);
        table.write(target, List.of("geostance confidence table, fitted by `bin/geostance calibrate` with lexicons "
                        + engine.versions() + ": tuning splits " + Calibration.splitNames(gold) + ", held out "
                        + Calibration.splitNames(heldOut) + ".",
                "confidence = the class's rate right on the tuning splits x (95 % lower bound of its held-out group's",
                "rate / that group's tuning rate); a class or group with under 20 pairs backs off (\"*\" = any)."));
        System.out.println("confidence table: " + target);
        return 0;
    }
}
