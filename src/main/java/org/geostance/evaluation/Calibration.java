package org.geostance.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.geostance.ingest.LocalArticles;
import org.geostance.stance.ConfidenceTable;
import org.geostance.stance.ParagraphScorer;

/**
 * Fits the {@link ConfidenceTable} on labeled splits: every pair the engine references is tallied under its
 * evidence class, right when the engine's label is the gold one. Needs an active SparkSession (the tokenizer).
 */
public final class Calibration {
    private Calibration() {}

    /**
     * @param goldFiles gold TSVs, each beside the folder of its articles (data/gold/dev.tsv and data/gold/dev/)
     */
    public static ConfidenceTable fit(List<Path> goldFiles, ParagraphScorer scorer) throws IOException {
        ConfidenceTable.Fit fit = new ConfidenceTable.Fit();
        for (Path goldFile : goldFiles) {
            Evaluator.evaluate(GoldSet.read(goldFile), LocalArticles.read(List.of(articlesOf(goldFile).toString())),
                    scorer, outcome -> {
                        if (outcome.stance() != null && outcome.stance().evidenceClass() != null) {
                            fit.add(outcome.stance().evidenceClass(), outcome.agrees());
                        }
                    });
        }
        return fit.table();
    }

    /** The folder of a gold file's articles: its path without {@code .tsv}. */
    public static Path articlesOf(Path goldFile) {
        return goldFile.resolveSibling(goldFile.getFileName().toString().replaceFirst("\\.tsv$", ""));
    }
}
