package org.geostance.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.geostance.ingest.LocalArticles;
import org.geostance.stance.ConfidenceTable;
import org.geostance.stance.DecisionModel;
import org.geostance.stance.LearnedDecision;
import org.geostance.stance.ParagraphScorer;
import org.geostance.stance.Stance;
import org.geostance.stance.StanceEngine;
import org.geostance.stance.TargetStance;
import org.geostance.targets.TargetDictionary;

/**
 * Fits the {@link ConfidenceTable} on labeled splits: every pair the engine references is tallied under the evidence
 * class of its label, right when the label is the gold one, once for the tuning splits and once for the held-out
 * split. On the held-out split the labels are the engine's as it ships. On the tuning splits they are out of fold: the
 * shipped decision layers are trained on those splits, so there their labels are their own fit (the English labels
 * a layer changed: 106 of 110 right on dev … dev9 in session 11, 23 of 41 out of fold); each tuning split is labeled
 * instead by layers fitted, with the shipped layers' settings, on the other tuning splits. Needs an active
 * SparkSession (the tokenizer).
 */
public final class Calibration {
    private Calibration() {}

    /**
     * @param tuning  gold TSVs of the splits the rules are tuned on and the layers trained on, each beside the folder
     *                of its articles (data/gold/dev.tsv and data/gold/dev/)
     * @param heldOut gold TSVs of splits the rules are never tuned on
     * @param layers  the settings of each language's shipped decision layer (none: the hand decision)
     */
    public static ConfidenceTable fit(List<Path> tuning, List<Path> heldOut, TargetDictionary dictionary,
                                      StanceEngine engine, Map<String, DecisionModel.Settings> layers)
            throws IOException {
        ConfidenceTable.Fit fit = new ConfidenceTable.Fit();
        // Each split is scored once, by the hand decision (the layers' input); the folds are fitted on its pairs.
        ParagraphScorer hand = ParagraphScorer.create(dictionary, engine.handDecision());
        List<List<LearnedLayer.Pair>> splits = new ArrayList<>();
        for (Path file : tuning) {
            splits.add(LearnedLayer.collect(file, hand, null,
                    language -> layers.containsKey(language) ? layers.get(language).stems() : null));
        }
        List<List<DecisionModel.Example>> examples = splits.stream().map(LearnedLayer::examples).toList();
        for (int fold = 0; fold < splits.size(); fold++) {
            Map<String, DecisionModel> outOfFold = outOfFold(examples, fold, layers);
            for (LearnedLayer.Pair pair : splits.get(fold)) {
                TargetStance reading = pair.outcome().stance();
                if (reading == null || reading.evidenceClass() == null) {
                    continue;
                }
                String language = pair.outcome().language();
                DecisionModel layer = outOfFold.get(language);
                Stance label = layer == null ? reading.stance()
                        : layer.label(language, layer.probabilities(language, pair.features()), reading.stance());
                fit.addTuning(LearnedDecision.evidenceClass(reading, label),
                        pair.outcome().gold().name().equals(label.name()));
            }
        }
        ParagraphScorer shipped = ParagraphScorer.create(dictionary, engine);
        for (Path file : heldOut) {
            Evaluator.evaluate(GoldSet.read(file), LocalArticles.read(List.of(articlesOf(file).toString())), shipped,
                    outcome -> {
                        if (outcome.stance() != null && outcome.stance().evidenceClass() != null) {
                            fit.addHeldOut(outcome.stance().evidenceClass(), outcome.agrees());
                        }
                    });
        }
        return fit.table();
    }

    /** Per language with a layer, one fitted with its settings on every split's examples but {@code fold}'s. */
    private static Map<String, DecisionModel> outOfFold(List<List<DecisionModel.Example>> splits, int fold,
                                                        Map<String, DecisionModel.Settings> layers) {
        Map<String, DecisionModel> models = new TreeMap<>();
        layers.forEach((language, settings) -> {
            List<DecisionModel.Example> training = new ArrayList<>();
            for (int split = 0; split < splits.size(); split++) {
                if (split != fold) {
                    splits.get(split).stream()
                            .filter(example -> example.language().equals(language)).forEach(training::add);
                }
            }
            models.put(language, DecisionModel.fit(training, settings));
        });
        return models;
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
