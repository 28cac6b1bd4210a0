package org.geostance.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.geostance.ingest.LocalArticles;
import org.geostance.stance.ConfidenceTable;
import org.geostance.stance.EvidenceClass;
import org.geostance.stance.ParagraphScorer;

/**
 * Fits the {@link ConfidenceTable} on labeled splits: every pair the engine references is tallied under its
 * evidence class, right when the engine's label is the gold one, once for the tuning splits and once for the
 * held-out split. Needs an active SparkSession (the tokenizer).
 */
public final class Calibration {
    private Calibration() {}

    /**
     * @param tuning  gold TSVs of the splits the rules are tuned on, each beside the folder of its articles
     *                (data/gold/dev.tsv and data/gold/dev/)
     * @param heldOut gold TSVs of splits the rules are never tuned on
     */
    public static ConfidenceTable fit(List<Path> tuning, List<Path> heldOut, ParagraphScorer scorer)
            throws IOException {
        ConfidenceTable.Fit fit = new ConfidenceTable.Fit();
        tally(tuning, scorer, fit::addTuning);
        tally(heldOut, scorer, fit::addHeldOut);
        return fit.table();
    }

    private static void tally(List<Path> goldFiles, ParagraphScorer scorer, BiConsumer<EvidenceClass, Boolean> add)
            throws IOException {
        for (Path goldFile : goldFiles) {
            Evaluator.evaluate(GoldSet.read(goldFile), LocalArticles.read(List.of(articlesOf(goldFile).toString())),
                    scorer, outcome -> {
                        if (outcome.stance() != null && outcome.stance().evidenceClass() != null) {
                            add.accept(outcome.stance().evidenceClass(), outcome.agrees());
                        }
                    });
        }
    }

    /** Checks that every split has its file and its folder of articles; returns the splits of both lists. */
    public static List<Path> requireSplits(List<Path> tuning, List<Path> others) {
        List<Path> all = new ArrayList<>(tuning);
        all.addAll(others);
        for (Path file : all) {
            if (!Files.isRegularFile(file) || !Files.isDirectory(articlesOf(file))) {
                throw new IllegalArgumentException("--gold " + file + ": needs the file and the folder " + articlesOf(file));
            }
        }
        return all;
    }

    /** A split's name: its file name without {@code .tsv}. */
    public static String splitName(Path goldFile) {
        return goldFile.getFileName().toString().replaceFirst("\\.tsv$", "");
    }

    /** The splits' names, comma-separated. */
    public static String splitNames(List<Path> goldFiles) {
        List<String> names = new ArrayList<>();
        goldFiles.forEach(file -> names.add(splitName(file)));
        return String.join(", ", names);
    }

    /** The folder of a gold file's articles: its path without {@code .tsv}. */
    public static Path articlesOf(Path goldFile) {
        return goldFile.resolveSibling(splitName(goldFile));
    }
}
