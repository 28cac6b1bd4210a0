package org.geostance.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.geostance.ingest.LocalArticles;
import org.geostance.stance.StanceFeatures;
import org.geostance.stance.DecisionModel;
import org.geostance.stance.ParagraphScorer;
import org.geostance.stance.Stance;

/**
 * Measures a learned decision against the hand-set one on labeled splits: every gold pair is scored once by the
 * job's scorer, its {@link StanceFeatures} kept, and a {@link DecisionModel} trained on some splits relabels the
 * pairs the engine references on another. The references themselves (which pairs get a row) are the engine's.
 */
public final class LearnedLayer {
    private LearnedLayer() {}

    /**
     * One gold pair as the engine scored it.
     *
     * @param features null when the engine found no reference to the target
     */
    public record Pair(String split, Evaluator.Outcome outcome, Map<String, Double> features) {}

    /**
     * Scores a gold file (beside its articles' folder) and keeps each pair's features. Needs a SparkSession.
     *
     * @param stems which words give stem features, or null for none
     */
    public static List<Pair> collect(Path goldFile, ParagraphScorer scorer, ReferencePolarity polarity,
                                     StanceFeatures.StemScope stems) throws IOException {
        return collect(goldFile, scorer, polarity, language -> stems);
    }

    /**
     * As {@link #collect(Path, ParagraphScorer, ReferencePolarity, StanceFeatures.StemScope)}, with the stems of
     * each language's scope (null: none), as each language's layer takes them.
     */
    public static List<Pair> collect(Path goldFile, ParagraphScorer scorer, ReferencePolarity polarity,
                                     Function<String, StanceFeatures.StemScope> stems) throws IOException {
        String split = goldFile.getFileName().toString().replaceFirst("\\.tsv$", "");
        List<Pair> pairs = new ArrayList<>();
        Evaluator.evaluate(GoldSet.read(goldFile),
                LocalArticles.read(List.of(Calibration.articlesOf(goldFile).toString())), scorer, outcome -> {
                    Map<String, Double> features = outcome.stance() == null ? null
                            : StanceFeatures.of(outcome.language(), outcome.scored().text(),
                                    outcome.scored().mentions(), outcome.stance(), polarity,
                                    stems.apply(outcome.language()));
                    pairs.add(new Pair(split, outcome, features));
                });
        return pairs;
    }

    /** The same pairs with the features {@code drop} names left out. */
    public static List<Pair> without(List<Pair> pairs, Predicate<String> drop) {
        List<Pair> out = new ArrayList<>(pairs.size());
        for (Pair pair : pairs) {
            Map<String, Double> features = pair.features();
            if (features != null) {
                features = new TreeMap<>(features);
                features.keySet().removeIf(drop);
            }
            out.add(new Pair(pair.split(), pair.outcome(), features));
        }
        return out;
    }

    /**
     * The same pairs without the stems that occur in fewer than {@code minArticles} distinct articles or fewer than
     * {@code minSplits} distinct splits among them: a word of one article or one split's news is its topic, not
     * general language. Applied to training pairs, it is a choice of the model's vocabulary (a stem it never saw
     * adds nothing when scoring).
     */
    public static List<Pair> commonStems(List<Pair> pairs, int minArticles, int minSplits) {
        Map<String, Set<String>> articles = new HashMap<>();
        Map<String, Set<String>> splits = new HashMap<>();
        for (Pair pair : pairs) {
            if (pair.features() != null) {
                pair.features().keySet().stream().map(StanceFeatures::stemOf).filter(Objects::nonNull).forEach(stem -> {
                    articles.computeIfAbsent(stem, s -> new HashSet<>())
                            .add(pair.split() + "/" + pair.outcome().key().articleId());
                    splits.computeIfAbsent(stem, s -> new HashSet<>()).add(pair.split());
                });
            }
        }
        return without(pairs, name -> {
            String stem = StanceFeatures.stemOf(name);
            return stem != null && (articles.get(stem).size() < minArticles || splits.get(stem).size() < minSplits);
        });
    }

    /** The referenced pairs as training examples; mixed and none count as neutral (neither favor nor against). */
    public static List<DecisionModel.Example> examples(List<Pair> pairs) {
        List<DecisionModel.Example> examples = new ArrayList<>();
        for (Pair pair : pairs) {
            if (pair.features() != null) {
                GoldLabel gold = pair.outcome().gold();
                Stance label = gold == GoldLabel.FAVOR ? Stance.FAVOR
                        : gold == GoldLabel.AGAINST ? Stance.AGAINST : Stance.NEUTRAL;
                examples.add(new DecisionModel.Example(pair.outcome().language(), pair.features(), label));
            }
        }
        return examples;
    }

    /**
     * Measures per language plus {@link Evaluator#ALL}: the engine's own labels when {@code model} is null, else the
     * model's on every referenced pair of a language it knows (only on those the engine calls neutral when
     * {@code neutralOnly}: its favor and against labels are then kept).
     */
    public static Map<String, Metrics> measure(List<Pair> pairs, DecisionModel model, boolean neutralOnly) {
        Map<String, Metrics> metrics = new TreeMap<>();
        for (Pair pair : pairs) {
            Evaluator.Outcome outcome = pair.outcome();
            Metrics.Predicted predicted = predicted(pair, model, neutralOnly);
            metrics.computeIfAbsent(outcome.language(), l -> new Metrics()).add(outcome.gold(), predicted, confidence(pair));
            metrics.computeIfAbsent(Evaluator.ALL, l -> new Metrics()).add(outcome.gold(), predicted, confidence(pair));
        }
        return metrics;
    }

    private static Metrics.Predicted predicted(Pair pair, DecisionModel model, boolean neutralOnly) {
        Evaluator.Outcome outcome = pair.outcome();
        Metrics.Predicted predicted = outcome.predicted();
        if (model != null && pair.features() != null && model.knows(outcome.language())
                && (!neutralOnly || predicted == Metrics.Predicted.NEUTRAL)) {
            // Features exist only where the engine gave a stance, so the hand label is never missing here.
            predicted = Metrics.Predicted.valueOf(model.label(outcome.language(),
                    model.probabilities(outcome.language(), pair.features()), outcome.stance().stance()).name());
        }
        return predicted;
    }

    private static double confidence(Pair pair) {
        return pair.outcome().stance() == null ? 0 : pair.outcome().stance().confidence();
    }

    /**
     * Per language, the 2.5 and 97.5 percentiles of (model F_avg − engine F_avg) over {@code rounds} resamplings of
     * whole articles with replacement (pairs of one article are not independent); seeded, so repeatable. An interval
     * that holds 0 says the difference is within what another draw of articles could give.
     */
    public static Map<String, double[]> differenceInterval(List<Pair> pairs, DecisionModel model, boolean neutralOnly,
                                                           int rounds, long seed) {
        Map<String, Map<String, List<Pair>>> byArticle = new TreeMap<>();
        pairs.forEach(pair -> byArticle.computeIfAbsent(pair.outcome().language(), l -> new TreeMap<>())
                .computeIfAbsent(pair.outcome().key().articleId(), a -> new ArrayList<>()).add(pair));
        Map<Pair, Metrics.Predicted> learned = new IdentityHashMap<>();
        pairs.forEach(pair -> learned.put(pair, predicted(pair, model, neutralOnly)));
        Map<String, double[]> intervals = new TreeMap<>();
        SplittableRandom random = new SplittableRandom(seed);
        byArticle.forEach((language, articles) -> {
            List<List<Pair>> groups = new ArrayList<>(articles.values());
            double[] differences = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                Metrics hand = new Metrics();
                Metrics other = new Metrics();
                for (int drawn = 0; drawn < groups.size(); drawn++) {
                    for (Pair pair : groups.get(random.nextInt(groups.size()))) {
                        hand.add(pair.outcome().gold(), pair.outcome().predicted(), confidence(pair));
                        other.add(pair.outcome().gold(), learned.get(pair), confidence(pair));
                    }
                }
                differences[r] = other.fAvg() - hand.fAvg();
            }
            Arrays.sort(differences);
            intervals.put(language, new double[] {differences[(int) Math.floor(0.025 * (rounds - 1))],
                    differences[(int) Math.ceil(0.975 * (rounds - 1))]});
        });
        return intervals;
    }

    /**
     * Per language, the gold favor / against pairs the engine calls neutral, counted by the basis of its label:
     * {@code none} (no cue reached the target) or {@code cues} (cues that cancel or stay under the threshold).
     */
    public static Map<String, Map<String, Integer>> missedByBasis(List<Pair> pairs) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Pair pair : pairs) {
            Evaluator.Outcome outcome = pair.outcome();
            boolean stanceBearing = outcome.gold() == GoldLabel.FAVOR || outcome.gold() == GoldLabel.AGAINST;
            if (stanceBearing && outcome.predicted() == Metrics.Predicted.NEUTRAL
                    && outcome.stance().evidenceClass() != null) {
                counts.computeIfAbsent(outcome.language(), l -> new TreeMap<>())
                        .merge(outcome.stance().evidenceClass().basis(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
