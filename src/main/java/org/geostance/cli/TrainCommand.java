package org.geostance.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.geostance.evaluation.Calibration;
import org.geostance.evaluation.Evaluator;
import org.geostance.evaluation.GoldLabel;
import org.geostance.evaluation.LearnedLayer;
import org.geostance.evaluation.Metrics;
import org.geostance.evaluation.Metrics.Predicted;
import org.geostance.spark.LocalSpark;
import org.geostance.stance.DecisionModel;
import org.geostance.stance.ParagraphScorer;
import org.geostance.evaluation.ReferencePolarity;
import org.geostance.stance.StanceFeatures;
import org.geostance.stance.Stance;
import org.geostance.stance.StanceEngine;
import org.geostance.targets.TargetDictionary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Measures a learned decision layer (multinomial logistic regression over the engine's features) against the
 * hand-set decision: leave-one-split-out over the tuning splits, then, trained on all of them, on blind splits
 * whose numbers only are printed.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a decision layer on tuning splits and compare it with the hand-set decision.")
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "TSV",
            description = "A tuning split's labels beside the folder of its articles; repeatable (at least two for"
                    + " --cross-validate).")
    List<Path> gold;

    @Option(names = "--cross-validate", description = "Train on all tuning splits but one and measure on that one,"
            + " for each in turn, for every --l2.")
    boolean crossValidate;

    @Option(names = "--blind", paramLabel = "TSV", description = "A split never tuned on: train on every --gold and"
            + " print its numbers only (F_avg and confusion counts); repeatable; takes a single --l2.")
    List<Path> blind = new ArrayList<>();

    @Option(names = "--l2", split = ",", paramLabel = "X", description = "L2 strength(s) on standardised features"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "0.01,0.03,0.1,0.3")
    List<Double> l2;

    @Option(names = "--stems", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Add the stems of the target's sentences as features (default: on).")
    boolean stems;

    @Option(names = "--stem-names", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Take stems also from words written with a capital or a digit (names, places, dates:"
                    + " the topic of the articles trained on) (default: on).")
    boolean stemNames;

    @Option(names = "--stem-openings", description = "With --no-stem-names: keep the capitalised first word of a"
            + " sentence (\"Critics\", « Selon ») when it is part of no target's mention and its stem occurs written in"
            + " lower case in the training pairs.")
    boolean stemOpenings;

    @Option(names = "--stem-window", defaultValue = "0", paramLabel = "N", description = "Take stems only from words"
            + " at most N tokens from a mention of the target (default: 0, the whole sentence).")
    int stemWindow;

    @Option(names = "--min-stem-articles", defaultValue = "1", paramLabel = "N", description = "A stem becomes a"
            + " feature when it occurs in at least N distinct training articles (default: ${DEFAULT-VALUE}).")
    int minStemArticles;

    @Option(names = "--min-stem-splits", defaultValue = "1", paramLabel = "N", description = "A stem becomes a"
            + " feature when it occurs in at least N distinct training splits (default: ${DEFAULT-VALUE}).")
    int minStemSplits;

    @Option(names = "--min-stem-pairs", defaultValue = "3", paramLabel = "N",
            description = "A stem becomes a feature when at least N training pairs have it (default: ${DEFAULT-VALUE}).")
    int minStemPairs;

    @Option(names = "--margin", split = ",", paramLabel = "M", defaultValue = "0", description = "When the layer's top"
            + " probability beats the next by less than M, the label is the --margin-fallback's; several for"
            + " --cross-validate (default: ${DEFAULT-VALUE}, the argmax always). Measured only: --write takes none.")
    List<Double> margins;

    @Option(names = "--margin-fallback", split = ",", paramLabel = "hand|neutral", defaultValue = "hand",
            converter = FallbackConverter.class, description = "What a label within the margin becomes: the hand"
            + " decision's, or neutral; several for --cross-validate (default: ${DEFAULT-VALUE}).")
    List<DecisionModel.Fallback> fallbacks;

    static final class FallbackConverter implements ITypeConverter<DecisionModel.Fallback> {
        @Override
        public DecisionModel.Fallback convert(String value) {
            return DecisionModel.Fallback.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    @Option(names = "--balanced", description = "Weigh each class by the inverse of its share of training pairs.")
    boolean balanced;

    @Option(names = "--neutral-only", description = "The model relabels only the pairs the engine calls neutral;"
            + " the engine's favor and against stay.")
    boolean neutralOnly;

    // Optional: the general lexicons are reference material outside the project and do not ship in data/.
    @Option(names = "--reference-lexicons", paramLabel = "DIR",
            description = "Folder of the general sentiment lexicons (AFINN, VADER, Pattern), e.g. shared/reference/lexicons;"
                    + " without it the model has no polarity features.")
    Path referenceLexicons;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--grid", description = "Cross-validate every combination of stems on/off, balanced on/off,"
            + " neutral-only on/off and (with --reference-lexicons) polarity on/off, for every --l2, on one scoring"
            + " pass; ends with a table of the fold means and the last --gold's fold, best first.")
    boolean grid;

    @Option(names = "--top", defaultValue = "0", paramLabel = "N", description = "Train on every --gold with the"
            + " first setting and print, per language, the N features that push hardest toward favor and toward against.")
    int top;

    @Option(names = "--write", paramLabel = "TSV", description = "Train on every --gold with the (single) setting and"
            + " write --language's layer, which the engine then loads, e.g. data/lexicons/decision.fr.tsv.")
    Path write;

    @Option(names = "--language", paramLabel = "CODE", description = "The language whose layer --write writes.")
    String language;

    /** One way to fit and apply the model. */
    private record Setting(boolean stems, boolean polarity, boolean balanced, boolean neutralOnly, double l2,
                           DecisionModel.Margin margin) {
        @Override
        public String toString() {
            return (stems ? "stems" : "no stems") + (polarity ? ", polarity" : "") + (balanced ? ", balanced" : "")
                    + (neutralOnly ? ", neutral-only" : "") + ", l2 " + l2
                    + (margin.width() > 0 ? ", margin " + margin : "");
        }

        /** The same fit: the margin is applied after fitting. */
        Setting fitted() {
            return new Setting(stems, polarity, balanced, neutralOnly, l2, DecisionModel.Margin.NONE);
        }
    }

    /** Models already fitted, by setting without its margin and held-out split, so that margins share a fit. */
    private final Map<List<Object>, DecisionModel> fits = new HashMap<>();

    /** A setting's cross-validation: per language, the mean of the folds and the last fold, hand then model. */
    private record Folds(Setting setting, Map<String, double[]> mean, Map<String, double[]> last) {
        double modelMean() {
            return mean.values().stream().mapToDouble(m -> m[1]).average().orElse(0);
        }
    }

    @Override
    public Integer call() throws Exception {
        List<Path> all = Calibration.requireSplits(gold, blind);
        if (!blind.isEmpty() && (l2.size() != 1 || grid)) {
            throw new IllegalArgumentException("--blind takes a single --l2 and no --grid: choose by --cross-validate first");
        }
        if (!blind.isEmpty() && margins.size() * fallbacks.size() != 1) {
            throw new IllegalArgumentException("--blind takes a single --margin and --margin-fallback");
        }
        if (write != null && (margins.size() != 1 || margins.get(0) > 0)) {
            throw new IllegalArgumentException("--write takes no --margin: the engine applies none (no margin gained in"
                    + " cross-validation, evaluation/learned-layer.md)");
        }
        if (write != null && (language == null || grid || neutralOnly || referenceLexicons != null || l2.size() != 1)) {
            throw new IllegalArgumentException("--write takes --language, a single --l2, and no --grid, --neutral-only"
                    + " or --reference-lexicons (the engine applies the layer to every pair, without polarity)");
        }
        TargetDictionary dictionary = engineOptions.dictionary();
        ReferencePolarity polarity = referenceLexicons == null ? null : ReferencePolarity.load(referenceLexicons);
        StanceEngine engine = engineOptions.engine();
        Map<Path, List<LearnedLayer.Pair>> scored = LocalSpark.withSession("geostance-train", 1, false, spark -> {
            // The hand decision: the features are its reading, and the figures compare with it (not a shipped layer).
            ParagraphScorer scorer = ParagraphScorer.create(dictionary, engine.handDecision());
            Map<Path, List<LearnedLayer.Pair>> out = new LinkedHashMap<>();
            for (Path file : all) {
                out.put(file, LearnedLayer.collect(file, scorer, polarity, stems || grid ? stemScope() : null));
            }
            return out;
        });
        for (Path file : gold) {
            System.out.printf("%s: gold favor/against the engine calls neutral, by basis: %s%n", Calibration.splitName(file),
                    LearnedLayer.missedByBasis(scored.get(file)));
        }
        List<Setting> settings = new ArrayList<>();
        for (boolean withStems : grid ? List.of(true, false) : List.of(stems)) {
            for (boolean withPolarity : polarity == null ? List.of(false) : grid ? List.of(true, false) : List.of(true)) {
                for (boolean isBalanced : grid ? List.of(false, true) : List.of(balanced)) {
                    for (boolean isNeutralOnly : grid ? List.of(false, true) : List.of(neutralOnly)) {
                        for (double strength : l2) {
                            for (double width : margins) {
                                for (DecisionModel.Fallback fallback : width > 0 ? fallbacks
                                        : List.of(DecisionModel.Fallback.HAND)) {
                                    settings.add(new Setting(withStems, withPolarity, isBalanced, isNeutralOnly,
                                            strength, new DecisionModel.Margin(width, fallback)));
                                }
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("features: engine evidence, polarity of the reference lexicons when the setting says so, stems"
                + " of the target's sentences (%s; in >= %d training pairs, >= %d articles, >= %d splits) when it says"
                + " so; model: multinomial logistic regression per language%n", stemScope(), minStemPairs,
                minStemArticles, minStemSplits);
        if (crossValidate || grid) {
            List<Folds> results = new ArrayList<>();
            for (Setting setting : settings) {
                System.err.printf("train: cross-validating %s (%d of %d)%n", setting, results.size() + 1, settings.size());
                results.add(crossValidate(features(scored, setting), setting));
            }
            summary(results);
        }
        if (top > 0) {
            Setting setting = settings.get(0);
            DecisionModel model = fit(training(features(scored, setting)), setting, null);
            System.out.printf("%nstrongest features, model trained on %s with %s (weight toward the stance minus"
                    + " toward neutral, raw scale)%n", Calibration.splitNames(gold), setting);
            for (String language : List.of("fr", "en")) {
                for (Stance stance : List.of(Stance.FAVOR, Stance.AGAINST)) {
                    if (model.knows(language)) {
                        System.out.printf("%s %s: %s%n", language, stance.label(), model.strongest(language, stance, top)
                                .stream().map(e -> String.format("%s %.2f", e.getKey(), e.getValue())).toList());
                    }
                }
            }
        }
        if (write != null) {
            long started = System.nanoTime();
            Setting setting = settings.get(0);
            List<LearnedLayer.Pair> training = training(features(scored, setting));
            DecisionModel model = fit(training, setting, null);
            long pairs = LearnedLayer.examples(training).stream().filter(e -> e.language().equals(language)).count();
            Files.writeString(write, model.format(language, header(setting, pairs, engine)));
            System.out.printf("%nwrote %s: %s layer, %d training pairs, fitted in %.1f s%n", write, language, pairs,
                    (System.nanoTime() - started) / 1e9);
        }
        if (!blind.isEmpty()) {
            Setting setting = settings.get(0);
            Map<Path, List<LearnedLayer.Pair>> pairs = features(scored, setting);
            DecisionModel model = fit(training(pairs), setting, null);
            System.out.printf("%nblind splits, model trained on %s with %s (numbers only)%n", Calibration.splitNames(gold),
                    setting);
            System.out.println(HEADER);
            for (Path file : blind) {
                print(Calibration.splitName(file), pairs.get(file), model, setting.neutralOnly());
            }
        }
        return 0;
    }

    private static final String HEADER = String.format("%-6s %-4s %5s  %-12s %-12s  %-23s %-23s  %s", "split", "lang",
            "pairs", "F_avg hand", "F_avg model", "hand fav>neu ag>neu n>f n>a", "model fav>neu ag>neu n>f n>a",
            "model-hand 95% (articles resampled)");
    private static final int BOOTSTRAP_ROUNDS = 1000;
    private static final long BOOTSTRAP_SEED = 20261129L;

    /** How a written layer's header introduces the command that fitted it. */
    private static final String REFIT = "refit (after rule or lexicon changes, before calibrate): ";
    private static final String COMMAND = "bin/geostance train";

    /**
     * The settings of the layer a {@code decision.<language>.tsv} holds, read from the refit command in its header as
     * {@code train} parses it, so that another command fits a layer as the shipped one was fitted.
     *
     * @throws IllegalArgumentException when the file has no refit command, or one whose fit the settings cannot carry
     */
    static DecisionModel.Settings shippedSettings(Path layerFile) throws IOException {
        String prefix = "# " + REFIT + COMMAND + " ";
        String refit = Files.readAllLines(layerFile).stream().filter(line -> line.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(layerFile + ": no refit command in its header"));
        TrainCommand command = new TrainCommand();
        new CommandLine(command).parseArgs(refit.substring(prefix.length()).trim().split("\\s+"));
        // The settings record holds the fit itself; these options act on the pairs before it.
        if (!command.stems || command.minStemArticles != 1 || command.minStemSplits != 1 || command.l2.size() != 1) {
            throw new IllegalArgumentException(layerFile + ": its refit command (" + refit.substring(2) + ") fits with"
                    + " options beyond DecisionModel.Settings");
        }
        return command.settings(command.l2.get(0), command.balanced);
    }

    /** The comment lines of a written layer: what it is, how it was fitted, how to refit it. */
    private List<String> header(Setting setting, long pairs, StanceEngine engine) {
        StringBuilder command = new StringBuilder(COMMAND);
        gold.forEach(file -> command.append(" --gold ").append(file));
        command.append(setting.stems() ? "" : " --no-stems").append(setting.balanced() ? " --balanced" : "")
                .append(stemNames ? "" : " --no-stem-names").append(stemOpenings ? " --stem-openings" : "")
                .append(stemWindow == 0 ? "" : " --stem-window " + stemWindow)
                .append(" --l2 ").append(setting.l2()).append(" --min-stem-pairs ").append(minStemPairs)
                .append(minStemArticles == 1 ? "" : " --min-stem-articles " + minStemArticles)
                .append(minStemSplits == 1 ? "" : " --min-stem-splits " + minStemSplits)
                .append(" --language ").append(language).append(" --write ").append(write);
        return List.of("geostance learned decision layer, " + language + ": multinomial logistic regression over the hand"
                        + " decision's reading; label = argmax of softmax(sum of weight / scale x (value - mean) + intercept),"
                        + " score = p(favor) - p(against)",
                "setting: " + setting + ", stems (" + stemScope() + ") in >= " + minStemPairs + " training pairs, >= "
                        + minStemArticles + " articles, >= " + minStemSplits + " splits; lexicons "
                        + engine.versions(),
                "trained on: " + Calibration.splitNames(gold) + " (" + pairs + " pairs of " + language + ")",
                "features: score, engine:<hand label>, basis:/strength:/agreeing/quoted of the evidence class,"
                        + " holder-is-author, holder-is-target, evidence:positive|negative[-count], rule:<rule> (summed"
                        + " weight), rule-count:<rule>, mentions, other-targets, opens-sentence, stem:<stem> of the"
                        + " words of the target's sentences that the stems line names; never the confidence",
                REFIT + command);
    }

    /** Every --gold split's pairs. */
    private List<LearnedLayer.Pair> training(Map<Path, List<LearnedLayer.Pair>> pairs) {
        List<LearnedLayer.Pair> training = new ArrayList<>();
        gold.forEach(file -> training.addAll(pairs.get(file)));
        return training;
    }

    /**
     * Fits the setting on training pairs, with the stems the vocabulary options keep, and sets its margin; a fit with
     * the same setting but its margin and the same {@code heldOut} split (null: none) is reused.
     */
    private DecisionModel fit(List<LearnedLayer.Pair> training, Setting setting, Path heldOut) {
        return fits.computeIfAbsent(Arrays.asList(setting.fitted(), heldOut), key -> DecisionModel.fit(
                LearnedLayer.examples(LearnedLayer.commonStems(training, minStemArticles, minStemSplits)),
                settings(setting.l2(), setting.balanced()))).withMargin(setting.margin());
    }

    private DecisionModel.Settings settings(double strength, boolean isBalanced) {
        return new DecisionModel.Settings(strength, minStemPairs, isBalanced, stemScope());
    }

    private StanceFeatures.StemScope stemScope() {
        return new StanceFeatures.StemScope(stemNames, stemWindow, stemOpenings);
    }

    /** The scored pairs with the features the setting leaves out dropped. */
    private static Map<Path, List<LearnedLayer.Pair>> features(Map<Path, List<LearnedLayer.Pair>> scored, Setting setting) {
        Map<Path, List<LearnedLayer.Pair>> out = new LinkedHashMap<>();
        scored.forEach((file, pairs) -> out.put(file, LearnedLayer.without(pairs, name ->
                !setting.stems() && StanceFeatures.stemOf(name) != null
                        || !setting.polarity() && StanceFeatures.isPolarity(name))));
        return out;
    }

    private Folds crossValidate(Map<Path, List<LearnedLayer.Pair>> scored, Setting setting) {
        System.out.printf("%nleave-one-split-out, %s%n%s%n", setting, HEADER);
        Map<String, double[]> sums = new TreeMap<>();
        Map<String, double[]> last = Map.of();
        for (Path heldOut : gold) {
            List<LearnedLayer.Pair> training = new ArrayList<>();
            gold.stream().filter(file -> !file.equals(heldOut)).forEach(file -> training.addAll(scored.get(file)));
            DecisionModel model = fit(training, setting, heldOut);
            last = print(Calibration.splitName(heldOut), scored.get(heldOut), model, setting.neutralOnly());
            last.forEach((language, pair) ->
                    sums.merge(language, pair, (a, b) -> new double[] {a[0] + b[0], a[1] + b[1]}));
        }
        Map<String, double[]> mean = new TreeMap<>();
        sums.forEach((language, sum) -> {
            mean.put(language, new double[] {sum[0] / gold.size(), sum[1] / gold.size()});
            System.out.printf("%-6s %-4s %5s  %-12.3f %-12.3f%n", "mean", language, "", sum[0] / gold.size(),
                    sum[1] / gold.size());
        });
        return new Folds(setting, mean, last);
    }

    private void summary(List<Folds> results) {
        String lastSplit = Calibration.splitName(gold.get(gold.size() - 1));
        System.out.printf("%nsettings by the model's %d-fold mean F_avg over the languages, best first (hand -> model)%n",
                gold.size());
        System.out.printf("| setting | mean fr | mean en | %s fold fr | %s fold en |%n| --- | --- | --- | --- | --- |%n",
                lastSplit, lastSplit);
        results.stream().sorted(Comparator.comparingDouble(Folds::modelMean).reversed()).forEach(r ->
                System.out.printf("| %s | %s | %s | %s | %s |%n", r.setting(), arrow(r.mean().get("fr")),
                        arrow(r.mean().get("en")), arrow(r.last().get("fr")), arrow(r.last().get("en"))));
    }

    private static String arrow(double[] handModel) {
        return handModel == null ? "-" : String.format("%.3f -> %.3f", handModel[0], handModel[1]);
    }

    /** Prints one split's lines; returns per language the hand and model F_avg. */
    private Map<String, double[]> print(String split, List<LearnedLayer.Pair> pairs, DecisionModel model,
                                        boolean neutralOnly) {
        Map<String, Metrics> hand = LearnedLayer.measure(pairs, null, false);
        Map<String, Metrics> learned = LearnedLayer.measure(pairs, model, neutralOnly);
        Map<String, double[]> intervals = LearnedLayer.differenceInterval(pairs, model, neutralOnly, BOOTSTRAP_ROUNDS,
                BOOTSTRAP_SEED);
        Map<String, double[]> fAvg = new LinkedHashMap<>();
        hand.forEach((language, metrics) -> {
            Metrics other = learned.get(language);
            double[] interval = intervals.get(language);
            System.out.printf("%-6s %-4s %5d  %-12.3f %-12.3f  %-23s %-23s  %s%n", split, language, metrics.pairs(),
                    metrics.fAvg(), other.fAvg(), toNeutral(metrics), toNeutral(other), interval == null ? ""
                            : String.format("[%+.3f, %+.3f]", interval[0], interval[1]));
            if (!language.equals(Evaluator.ALL)) {
                fAvg.put(language, new double[] {metrics.fAvg(), other.fAvg()});
            }
        });
        return fAvg;
    }

    private static String toNeutral(Metrics m) {
        return String.format("%7d %5d %4d %4d", m.cell(GoldLabel.FAVOR, Predicted.NEUTRAL),
                m.cell(GoldLabel.AGAINST, Predicted.NEUTRAL), m.cell(GoldLabel.NEUTRAL, Predicted.FAVOR),
                m.cell(GoldLabel.NEUTRAL, Predicted.AGAINST));
    }
}
