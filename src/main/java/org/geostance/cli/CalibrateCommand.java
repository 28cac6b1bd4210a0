package org.geostance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    @Option(names = "--output", paramLabel = "TSV",
            description = "Where to write the table (default: confidence.tsv in the lexicons folder).")
    Path output;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws Exception {
        for (Path file : gold) {
            if (!Files.isRegularFile(file) || !Files.isDirectory(Calibration.articlesOf(file))) {
                throw new IllegalArgumentException("--gold " + file + ": needs the file and the folder "
                        + Calibration.articlesOf(file));
            }
        }
        TargetDictionary dictionary = engineOptions.dictionary();
        StanceEngine engine = engineOptions.engine();
        ConfidenceTable table = LocalSpark.withSession("geostance-calibrate", 1, false,
                spark -> Calibration.fit(gold, ParagraphScorer.create(dictionary, engine)));
        List<String> names = new ArrayList<>();
        gold.forEach(file -> names.add(file.getFileName().toString()));
        Path target = output != null ? output : engineOptions.lexiconsPath().resolve(ConfidenceTable.FILE);
        table.write(target, List.of("geostance confidence table: fitted by `bin/geostance calibrate` on "
                        + String.join(", ", names) + " with lexicons " + engine.versions(),
                "A label's confidence is the one-sided 95 % lower bound of how often labels of its class were right;",
                "a class with fewer than 20 pairs takes its first coarser class's (\"*\" = any)."));
        System.out.println("confidence table: " + target);
        return 0;
    }
}
