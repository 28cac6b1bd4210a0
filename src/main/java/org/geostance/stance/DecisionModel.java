package org.geostance.stance;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

/**
 * A learned decision over {@link StanceFeatures}: one multinomial logistic regression per language (favor /
 * against / neutral), L2-regularised, fitted on standardised features with commons-math's conjugate gradient from
 * zero, so that the same examples always give the same weights. Prediction uses the weights on the raw feature scale,
 * so it is a sparse dot product. Fitted and measured by {@code bin/geostance train}; a language's layer that ships in
 * {@code data/lexicons/decision.<language>.tsv} sets the engine's labels ({@link StanceEngine}; French only, see
 * evaluation/learned-layer.md).
 */
public final class DecisionModel implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Stance[] CLASSES = {Stance.FAVOR, Stance.AGAINST, Stance.NEUTRAL};

    /** One labeled pair: the features of the engine's reading and the gold label (mixed and none as neutral). */
    public record Example(String language, Map<String, Double> features, Stance label) {}

    /**
     * How to fit: L2 strength, the fewest training pairs a stem must occur in, class weights balanced or not, and
     * which words the examples' stems were taken from (the layer computes a pair's stems the same way when scoring).
     */
    public record Settings(double l2, int minStemPairs, boolean balanced, StanceFeatures.StemScope stems) {
        public Settings(double l2, int minStemPairs, boolean balanced) {
            this(l2, minStemPairs, balanced, StanceFeatures.StemScope.SENTENCE);
        }
    }

    /**
     * When the layer is too unsure to set a label: its top probability beats the next by less than {@code width}.
     * The label is then the {@link Fallback}'s instead of the argmax, so that a favor or against near p(favor) =
     * p(against) is not read as a stance the text carries. Measured by {@code train --margin} only: no margin
     * gained in cross-validation (evaluation/learned-layer.md), so the weights file has none and the engine keeps
     * the argmax.
     */
    public record Margin(double width, Fallback fallback) implements Serializable {
        /** No margin: the argmax always. */
        public static final Margin NONE = new Margin(0, Fallback.HAND);

        @Override
        public String toString() {
            return width + " " + fallback.name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a label within the margin becomes: the hand decision's label, or neutral. */
    public enum Fallback { HAND, NEUTRAL }

    /**
     * One language's regression as fitted, on standardised features (what the weights file holds), and the same on
     * the raw scale (what prediction uses): w·(x - mean)/sd + b = (w/sd)·x + (b - Σ w·mean/sd). For prediction each
     * feature is a number, its rank in name order, found by family and key ({@link StanceFeatures.Sink}).
     *
     * @param standardised per feature {mean, sd, weight per class in {@link #CLASSES} order}
     * @param intercepts   per class, standardised scale
     * @param weights      raw-scale weights by name, for explaining
     * @param index        feature number by family, then key
     * @param rows         raw-scale weights by feature number
     * @param stems        which words give the stem features
     * @param margin       when the argmax is too close to call
     */
    private record Layer(Map<String, double[]> standardised, double[] intercepts, Map<String, double[]> weights,
                         double[] rawIntercepts, Map<String, Map<String, Integer>> index, double[][] rows,
                         StanceFeatures.StemScope stems, Margin margin) implements Serializable {
        static Layer of(Map<String, double[]> standardised, double[] intercepts, StanceFeatures.StemScope stems,
                        Margin margin) {
            Map<String, double[]> weights = new HashMap<>();
            Map<String, Map<String, Integer>> index = new HashMap<>();
            double[][] rows = new double[standardised.size()][];
            double[] raw = intercepts.clone();
            Map<String, double[]> sorted = new TreeMap<>(standardised);
            sorted.forEach((name, row) -> {
                double[] w = new double[CLASSES.length];
                for (int c = 0; c < w.length; c++) {
                    w[c] = row[2 + c] / row[1];
                    raw[c] -= w[c] * row[0];
                }
                weights.put(name, w);
                int family = name.indexOf(':') + 1;
                index.computeIfAbsent(name.substring(0, family), f -> new HashMap<>())
                        .put(name.substring(family), weights.size() - 1);
                rows[weights.size() - 1] = w;
            });
            if (stems.openings() && index.containsKey(StanceFeatures.STEM)) {
                // A sentence's opening word has the weight of its stem: fitting kept only stems met in lower case.
                index.put(StanceFeatures.OPENING, index.get(StanceFeatures.STEM));
            }
            return new Layer(sorted, intercepts.clone(), weights, raw, index, rows, stems, margin);
        }

        Layer with(Margin other) {
            return new Layer(standardised, intercepts, weights, rawIntercepts, index, rows, stems, other);
        }

        /** The feature's number, or -1 when the layer has no weight for it. */
        int feature(String family, String key) {
            Map<String, Integer> keys = index.get(family);
            Integer j = keys == null ? null : keys.get(key);
            return j == null ? -1 : j;
        }
    }

    /**
     * One pair's feature values by feature number, for the layer's features only; reused by the thread's next pair.
     * The features met are bits of a set read in feature-number order, which is name order, so that the dot product
     * sums exactly as over a sorted map of the features (another order can move the last bit of a probability).
     */
    private static final class Accumulator implements StanceFeatures.Sink {
        private Layer layer;
        private double[] values = new double[0];
        private long[] met = new long[0];

        void start(Layer layer) {
            this.layer = layer;
            int features = layer.rows().length;
            if (values.length < features) {
                values = new double[features];
                met = new long[(features + Long.SIZE - 1) / Long.SIZE];
            }
        }

        private int slot(String family, String key) {
            int j = layer.feature(family, key);
            if (j >= 0 && (met[j / Long.SIZE] & 1L << j) == 0) {
                met[j / Long.SIZE] |= 1L << j;
                values[j] = 0;
            }
            return j;
        }

        @Override
        public void add(String family, String key, double value) {
            int j = slot(family, key);
            if (j >= 0) {
                values[j] += value;
            }
        }

        @Override
        public void mark(String family, String key) {
            int j = slot(family, key);
            if (j >= 0) {
                values[j] = 1;
            }
        }

        /** The scores per class of the features received since {@link #start}; clears them. */
        double[] scores() {
            double[] z = layer.rawIntercepts().clone();
            for (int word = 0; word < met.length; word++) {
                for (long bits = met[word]; bits != 0; bits &= bits - 1) {
                    int j = word * Long.SIZE + Long.numberOfTrailingZeros(bits);
                    double[] w = layer.rows()[j];
                    for (int c = 0; c < z.length; c++) {
                        z[c] += w[c] * values[j];
                    }
                }
                met[word] = 0;
            }
            return z;
        }
    }

    private static final ThreadLocal<Accumulator> ACCUMULATOR = ThreadLocal.withInitial(Accumulator::new);

    private static final String INTERCEPT = "(intercept)";
    private static final String DIGEST = "# version: ";
    private static final String STEMS = "# stems: ";
    private static final String FILE_PREFIX = "decision.";

    private final Map<String, Layer> layers;

    private DecisionModel(Map<String, Layer> layers) {
        this.layers = layers;
    }

    public static DecisionModel fit(List<Example> examples, Settings settings) {
        Map<String, List<Example>> byLanguage = new TreeMap<>();
        examples.forEach(e -> byLanguage.computeIfAbsent(e.language(), l -> new ArrayList<>()).add(e));
        Map<String, Layer> layers = new LinkedHashMap<>();
        byLanguage.forEach((language, list) -> layers.put(language, fitLayer(list, settings)));
        return new DecisionModel(layers);
    }

    /** The same layers with {@code margin} (fitting does not depend on it, so cross-validation fits once). */
    public DecisionModel withMargin(Margin margin) {
        Map<String, Layer> out = new LinkedHashMap<>();
        layers.forEach((language, layer) -> out.put(language, layer.with(margin)));
        return new DecisionModel(out);
    }

    /** Which words of the target's sentences the language's layer takes stems from. */
    public StanceFeatures.StemScope stemScope(String language) {
        return layers.get(language).stems();
    }

    /** Whether the model has a layer for the language. */
    public boolean knows(String language) {
        return layers.containsKey(language);
    }

    /** Class probabilities in {@link #CLASSES} order. */
    public double[] probabilities(String language, Map<String, Double> features) {
        return probabilities(language, sink -> features.forEach((name, value) -> {
            int family = name.indexOf(':') + 1;
            sink.add(name.substring(0, family), name.substring(family), value);
        }));
    }

    /** Class probabilities of the pair whose features {@code features} hands to the sink it is given. */
    public double[] probabilities(String language, Consumer<StanceFeatures.Sink> features) {
        Accumulator accumulator = ACCUMULATOR.get();
        accumulator.start(layers.get(language));
        features.accept(accumulator);
        return softmax(accumulator.scores());
    }

    /**
     * The language's label for class probabilities {@code p}: the argmax, or the margin's fallback ({@code hand} or
     * neutral) when the argmax beats the next class by less than the margin's width.
     */
    public Stance label(String language, double[] p, Stance hand) {
        Stance top = argmax(p);
        Margin margin = layers.get(language).margin();
        if (margin.width() <= 0) {
            return top;
        }
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        if (sorted[sorted.length - 1] - sorted[sorted.length - 2] >= margin.width()) {
            return top;
        }
        return margin.fallback() == Fallback.HAND ? hand : Stance.NEUTRAL;
    }

    /** The class of the highest probability ({@link #probabilities} order); the first on a tie. */
    static Stance argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return CLASSES[best];
    }

    /**
     * The {@code n} features that push hardest from neutral toward {@code stance}, strongest first: by the
     * difference of their raw-scale weights for the two classes, so that a stem's figure is what its presence adds.
     */
    public List<Map.Entry<String, Double>> strongest(String language, Stance stance, int n) {
        int toward = Arrays.asList(CLASSES).indexOf(stance);
        int neutral = Arrays.asList(CLASSES).indexOf(Stance.NEUTRAL);
        return layers.get(language).weights().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue()[toward] - e.getValue()[neutral]))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(n).toList();
    }

    /**
     * The {@code n} features of one pair that push hardest toward {@code stance} against the other two classes on
     * average (value × weight difference, raw scale), strongest first; for explaining one decision.
     */
    public List<Map.Entry<String, Double>> contributions(String language, Map<String, Double> features, Stance stance,
                                                         int n) {
        int toward = Arrays.asList(CLASSES).indexOf(stance);
        Map<String, double[]> weights = layers.get(language).weights();
        return features.entrySet().stream().map(f -> Map.entry(asStem(f.getKey()), f.getValue()))
                .filter(f -> weights.containsKey(f.getKey())).map(f -> {
            double[] w = weights.get(f.getKey());
            double others = (Arrays.stream(w).sum() - w[toward]) / (w.length - 1);
            return Map.entry(f.getKey(), f.getValue() * (w[toward] - others));
        }).filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(n)
                .toList();
    }

    /**
     * One language's layer as the text of {@code decision.<language>.tsv}: {@code header} lines (each written as a
     * comment), a digest of the weights as version, the {@link StanceFeatures.StemScope} the layer's stems are taken
     * from (read back by {@link #load}), then one tab-separated line per feature (name, mean, scale,
     * weight toward favor, against, neutral, on the standardised scale) after the intercepts' line. Doubles are
     * written so that they read back exactly.
     */
    public String format(String language, List<String> header) {
        Layer layer = layers.get(language);
        StringBuilder rows = new StringBuilder();
        rows.append(INTERCEPT).append("\t0.0\t1.0");
        for (double b : layer.intercepts()) {
            rows.append('\t').append(b);
        }
        rows.append('\n');
        layer.standardised().forEach((name, row) -> {
            rows.append(name);
            for (double v : row) {
                rows.append('\t').append(v);
            }
            rows.append('\n');
        });
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append("# ").append(line).append('\n'));
        out.append(DIGEST).append(version(rows.toString())).append('\n');
        out.append(STEMS).append(layer.stems()).append('\n');
        out.append("# feature\tmean\tscale\tfavor\tagainst\tneutral\n");
        return out.append(rows).toString();
    }

    /** The first 16 hex digits of the SHA-256 of the weights: a version that changes whenever they do. */
    private static String version(String rows) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(rows.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }

    /** The file a language's layer ships in, in the lexicons folder. */
    public static Path file(Path lexiconDir, String language) {
        return lexiconDir.resolve(FILE_PREFIX + language + ".tsv");
    }

    /**
     * The layers of the languages that have a {@link #file} in the folder (none: an empty model, every language
     * keeps the hand decision); each file read is added to {@code loaded}.
     *
     * @throws InvalidLexiconException naming file:line
     */
    static DecisionModel load(Path lexiconDir, List<String> languages, List<Path> loaded) {
        Map<String, Layer> layers = new LinkedHashMap<>();
        for (String language : languages) {
            Path file = file(lexiconDir, language);
            if (!Files.exists(file)) {
                continue;
            }
            Map<String, double[]> standardised = new TreeMap<>();
            double[] intercepts = null;
            StanceFeatures.StemScope stems = null;
            int number = 0;
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    number++;
                    if (line.startsWith(STEMS)) {
                        stems = StanceFeatures.StemScope.parse(line.substring(STEMS.length()));
                    }
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.split("\t");
                    if (cells.length != 2 + 1 + CLASSES.length) {
                        throw new InvalidLexiconException(file + ":" + number + ": expected "
                                + (3 + CLASSES.length) + " tab-separated cells, got " + cells.length);
                    }
                    double[] row = new double[2 + CLASSES.length];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = Double.parseDouble(cells[1 + i]);
                    }
                    if (INTERCEPT.equals(cells[0])) {
                        intercepts = Arrays.copyOfRange(row, 2, row.length);
                    } else if (row[1] > 0) {
                        standardised.put(cells[0], row);
                    } else {
                        throw new InvalidLexiconException(file + ":" + number + ": scale must be > 0");
                    }
                }
            } catch (IOException e) {
                throw new InvalidLexiconException(file + ":0: " + e.getMessage());
            } catch (NumberFormatException e) {
                throw new InvalidLexiconException(file + ":" + number + ": not a number: " + e.getMessage());
            }
            if (intercepts == null || stems == null) {
                throw new InvalidLexiconException(file + ":" + number + ": no " + (intercepts == null ? INTERCEPT
                        : STEMS.substring(2).trim()) + " line");
            }
            layers.put(language, Layer.of(standardised, intercepts, stems, Margin.NONE));
            loaded.add(file);
        }
        return new DecisionModel(layers);
    }

    /** The same model without any layer: every language keeps the hand decision. */
    static DecisionModel none() {
        return new DecisionModel(new LinkedHashMap<>());
    }

    /** The feature's name, with a sentence-opening word's stem named as the stem it is read as. */
    private static String asStem(String name) {
        return name.startsWith(StanceFeatures.OPENING) ? StanceFeatures.STEM + StanceFeatures.stemOf(name) : name;
    }

    /**
     * The examples with each sentence-opening word ({@link StanceFeatures#OPENING}) read as its stem when some
     * example has that stem from a word written in lower case (a common word), left out otherwise (a name).
     */
    private static List<Example> openingsAsStems(List<Example> examples) {
        Set<String> lowerCase = new HashSet<>();
        examples.forEach(e -> e.features().keySet().stream().filter(name -> name.startsWith(StanceFeatures.STEM))
                .forEach(lowerCase::add));
        List<Example> out = new ArrayList<>(examples.size());
        for (Example e : examples) {
            Map<String, Double> features = new TreeMap<>();
            e.features().forEach((name, value) -> {
                String stem = asStem(name);
                if (!name.startsWith(StanceFeatures.OPENING) || lowerCase.contains(stem)) {
                    features.put(stem, value);
                }
            });
            out.add(new Example(e.language(), features, e.label()));
        }
        return out;
    }

    private static Layer fitLayer(List<Example> given, Settings settings) {
        List<Example> examples = settings.stems().openings() ? openingsAsStems(given) : given;
        List<String> names = vocabulary(examples, settings.minStemPairs());
        int n = examples.size();
        int k = CLASSES.length;
        Map<String, double[]> moments = new HashMap<>();
        names.forEach(name -> moments.put(name, new double[2]));
        for (Example e : examples) {
            e.features().forEach((name, value) -> {
                double[] m = moments.get(name);
                if (m != null) {
                    m[0] += value / n;
                    m[1] += value * value / n;
                }
            });
        }
        // Standardised features, each row kept sparse on the raw scale: (x - mean) / sd is applied in the sums.
        List<String> kept = new ArrayList<>();
        List<double[]> scale = new ArrayList<>();
        for (String name : names) {
            double[] m = moments.get(name);
            double sd = Math.sqrt(Math.max(0, m[1] - m[0] * m[0]));
            if (sd > 1e-9) {
                kept.add(name);
                scale.add(new double[] {m[0], sd});
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (int j = 0; j < kept.size(); j++) {
            index.put(kept.get(j), j);
        }
        int d = kept.size();
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (int j = 0; j < d; j++) {
            mean[j] = scale.get(j)[0];
            sd[j] = scale.get(j)[1];
        }
        int[][] columns = new int[n][];
        double[][] values = new double[n][];
        int[] y = new int[n];
        int[] perClass = new int[k];
        for (int i = 0; i < n; i++) {
            Example e = examples.get(i);
            int present = (int) e.features().keySet().stream().filter(index::containsKey).count();
            columns[i] = new int[present];
            values[i] = new double[present];
            int slot = 0;
            for (Map.Entry<String, Double> f : e.features().entrySet()) {
                Integer j = index.get(f.getKey());
                if (j != null) {
                    columns[i][slot] = j;
                    values[i][slot++] = f.getValue();
                }
            }
            y[i] = Arrays.asList(CLASSES).indexOf(e.label());
            perClass[y[i]]++;
        }
        double[] exampleWeight = new double[n];
        for (int i = 0; i < n; i++) {
            exampleWeight[i] = settings.balanced() ? (double) n / (k * perClass[y[i]]) : 1;
        }
        Objective objective = new Objective(columns, values, mean, sd, y, exampleWeight, k, settings.l2());
        double[] theta = new NonLinearConjugateGradientOptimizer(NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE,
                new SimpleValueChecker(1e-10, 1e-12)).optimize(new MaxEval(100_000), new MaxIter(5_000),
                new ObjectiveFunction(objective::value), new ObjectiveFunctionGradient(objective::gradient),
                GoalType.MINIMIZE, new InitialGuess(new double[k * (d + 1)])).getPoint();
        Map<String, double[]> standardised = new TreeMap<>();
        double[] intercepts = new double[k];
        for (int c = 0; c < k; c++) {
            intercepts[c] = theta[c * (d + 1) + d];
        }
        for (int j = 0; j < d; j++) {
            double[] row = new double[2 + k];
            row[0] = mean[j];
            row[1] = sd[j];
            for (int c = 0; c < k; c++) {
                row[2 + c] = theta[c * (d + 1) + j];
            }
            standardised.put(kept.get(j), row);
        }
        return Layer.of(standardised, intercepts, settings.stems(), Margin.NONE);
    }

    private static List<String> vocabulary(List<Example> examples, int minStemPairs) {
        Map<String, Integer> pairs = new TreeMap<>();
        examples.forEach(e -> e.features().keySet().forEach(name -> pairs.merge(name, 1, Integer::sum)));
        TreeSet<String> kept = new TreeSet<>();
        pairs.forEach((name, count) -> {
            if (!name.startsWith(StanceFeatures.STEM) || count >= minStemPairs) {
                kept.add(name);
            }
        });
        return new ArrayList<>(kept);
    }

    static double[] softmax(double[] z) {
        double max = Arrays.stream(z).max().orElse(0);
        double[] p = new double[z.length];
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            p[c] = Math.exp(z[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < z.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /**
     * Weighted mean cross-entropy plus l2/2 · |w|² (intercepts free) on standardised features; parameters laid out
     * class by class, each class's d weights then its intercept. Value and gradient share one pass, cached for the
     * last point.
     */
    private static final class Objective {
        private final int[][] columns;
        private final double[][] values;
        private final double[] mean;
        private final double[] sd;
        private final int[] y;
        private final double[] weight;
        private final int k;
        private final double l2;
        private final double totalWeight;
        private double[] lastPoint;
        private double lastValue;
        private double[] lastGradient;

        Objective(int[][] columns, double[][] values, double[] mean, double[] sd, int[] y, double[] weight, int k,
                  double l2) {
            this.columns = columns;
            this.values = values;
            this.mean = mean;
            this.sd = sd;
            this.y = y;
            this.weight = weight;
            this.k = k;
            this.l2 = l2;
            this.totalWeight = Arrays.stream(weight).sum();
        }

        double value(double[] theta) {
            compute(theta);
            return lastValue;
        }

        double[] gradient(double[] theta) {
            compute(theta);
            return lastGradient.clone();
        }

        private void compute(double[] theta) {
            if (lastPoint != null && Arrays.equals(lastPoint, theta)) {
                return;
            }
            int d = mean.length;
            // A feature absent from a row still contributes -mean/sd: that constant is folded per class.
            double[] offset = new double[k];
            for (int c = 0; c < k; c++) {
                int base = c * (d + 1);
                offset[c] = theta[base + d];
                for (int j = 0; j < d; j++) {
                    offset[c] -= theta[base + j] * mean[j] / sd[j];
                }
            }
            double value = 0;
            double[] gradient = new double[theta.length];
            double[] residualSum = new double[k];
            double[] z = new double[k];
            for (int i = 0; i < y.length; i++) {
                for (int c = 0; c < k; c++) {
                    int base = c * (d + 1);
                    double s = offset[c];
                    for (int t = 0; t < columns[i].length; t++) {
                        int j = columns[i][t];
                        s += theta[base + j] * values[i][t] / sd[j];
                    }
                    z[c] = s;
                }
                double[] p = softmax(z);
                double w = weight[i] / totalWeight;
                value -= w * Math.log(Math.max(p[y[i]], 1e-300));
                for (int c = 0; c < k; c++) {
                    double r = w * (p[c] - (c == y[i] ? 1 : 0));
                    int base = c * (d + 1);
                    for (int t = 0; t < columns[i].length; t++) {
                        int j = columns[i][t];
                        gradient[base + j] += r * values[i][t] / sd[j];
                    }
                    residualSum[c] += r;
                }
            }
            for (int c = 0; c < k; c++) {
                int base = c * (d + 1);
                gradient[base + d] = residualSum[c];
                for (int j = 0; j < d; j++) {
                    gradient[base + j] -= residualSum[c] * mean[j] / sd[j];
                    value += l2 / 2 * theta[base + j] * theta[base + j];
                    gradient[base + j] += l2 * theta[base + j];
                }
            }
            lastPoint = theta.clone();
            lastValue = value;
            lastGradient = gradient;
        }
    }
}
