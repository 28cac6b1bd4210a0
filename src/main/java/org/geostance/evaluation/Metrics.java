package org.geostance.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores predictions against gold labels the way SemEval-2016 task 6 does: F1 of favor and of against over all
 * paragraph × target pairs (a pair the job wrote no row for counts as none), and their mean F_avg; plus reference
 * detection, 3-class macro-F1 on pairs both sides call referenced, a confusion matrix and a calibration table.
 */
public final class Metrics {
    /** Predicted labels: the job's stances, or NONE when it found no reference. */
    public enum Predicted { FAVOR, AGAINST, NEUTRAL, NONE }

    private static final double[] CALIBRATION_BINS = {0.0, 0.2, 0.4, 0.6, 0.8, 1.0000001};

    private final Map<GoldLabel, EnumMap<Predicted, Integer>> confusion = new EnumMap<>(GoldLabel.class);
    private final int[] binPairs = new int[CALIBRATION_BINS.length - 1];
    private final int[] binRight = new int[CALIBRATION_BINS.length - 1];
    private final double[] binConfidence = new double[CALIBRATION_BINS.length - 1];
    private int pairs;

    public Metrics() {
        for (GoldLabel gold : GoldLabel.values()) {
            EnumMap<Predicted, Integer> row = new EnumMap<>(Predicted.class);
            for (Predicted predicted : Predicted.values()) {
                row.put(predicted, 0);
            }
            confusion.put(gold, row);
        }
    }

    /** @param confidence the job's confidence for a predicted stance; ignored when predicted is NONE */
    public void add(GoldLabel gold, Predicted predicted, double confidence) {
        pairs++;
        confusion.get(gold).merge(predicted, 1, Integer::sum);
        if (predicted != Predicted.NONE) {
            int bin = 0;
            while (confidence >= CALIBRATION_BINS[bin + 1]) {
                bin++;
            }
            binPairs[bin]++;
            binConfidence[bin] += confidence;
            if (gold.name().equals(predicted.name())) {
                binRight[bin]++;
            }
        }
    }

    public int pairs() {
        return pairs;
    }

    /** How many pairs with this gold label got this prediction. */
    public int cell(GoldLabel gold, Predicted predicted) {
        return confusion.get(gold).get(predicted);
    }

    /** F1 of one stance class over all pairs. */
    public double f1(Predicted stance) {
        GoldLabel goldClass = GoldLabel.valueOf(stance.name());
        int truePositive = cell(goldClass, stance);
        int predictedPositive = 0;
        for (GoldLabel gold : GoldLabel.values()) {
            predictedPositive += cell(gold, stance);
        }
        int goldPositive = 0;
        for (Predicted predicted : Predicted.values()) {
            goldPositive += cell(goldClass, predicted);
        }
        return f1(truePositive, predictedPositive, goldPositive);
    }

    public double fAvg() {
        return (f1(Predicted.FAVOR) + f1(Predicted.AGAINST)) / 2;
    }

    /** Precision, recall and F1 of finding that a paragraph references a target at all. */
    public double[] referenceDetection() {
        int truePositive = 0;
        int predictedPositive = 0;
        int goldPositive = 0;
        for (GoldLabel gold : GoldLabel.values()) {
            for (Predicted predicted : Predicted.values()) {
                int n = cell(gold, predicted);
                boolean goldReferenced = gold != GoldLabel.NONE;
                boolean predictedReferenced = predicted != Predicted.NONE;
                truePositive += goldReferenced && predictedReferenced ? n : 0;
                predictedPositive += predictedReferenced ? n : 0;
                goldPositive += goldReferenced ? n : 0;
            }
        }
        double precision = ratio(truePositive, predictedPositive);
        double recall = ratio(truePositive, goldPositive);
        return new double[] {precision, recall, f1(truePositive, predictedPositive, goldPositive)};
    }

    /** Macro-F1 over favor, against, neutral on the pairs both gold and job call referenced (mixed left out). */
    public double macroF1Referenced() {
        Predicted[] classes = {Predicted.FAVOR, Predicted.AGAINST, Predicted.NEUTRAL};
        double sum = 0;
        for (Predicted stance : classes) {
            GoldLabel goldClass = GoldLabel.valueOf(stance.name());
            int truePositive = cell(goldClass, stance);
            int predictedPositive = 0;
            int goldPositive = 0;
            for (Predicted other : classes) {
                predictedPositive += cell(GoldLabel.valueOf(other.name()), stance);
                goldPositive += cell(goldClass, other);
            }
            sum += f1(truePositive, predictedPositive, goldPositive);
        }
        return sum / classes.length;
    }

    /** The report as nested maps, ready for JSON. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        double[] reference = referenceDetection();
        map.put("pairs", pairs);
        map.put("reference_precision", reference[0]);
        map.put("reference_recall", reference[1]);
        map.put("reference_f1", reference[2]);
        map.put("f1_favor", f1(Predicted.FAVOR));
        map.put("f1_against", f1(Predicted.AGAINST));
        map.put("f_avg", fAvg());
        map.put("macro_f1_referenced", macroF1Referenced());
        Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();
        confusion.forEach((gold, row) -> {
            Map<String, Integer> cells = new LinkedHashMap<>();
            row.forEach((predicted, n) -> cells.put(predicted.name().toLowerCase(), n));
            matrix.put(gold.label(), cells);
        });
        map.put("confusion_gold_by_predicted", matrix);
        List<Map<String, Object>> calibration = new ArrayList<>();
        for (int bin = 0; bin < binPairs.length; bin++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("confidence_from", CALIBRATION_BINS[bin]);
            row.put("confidence_to", Math.min(1.0, CALIBRATION_BINS[bin + 1]));
            row.put("pairs", binPairs[bin]);
            row.put("accuracy", ratio(binRight[bin], binPairs[bin]));
            row.put("mean_confidence", binPairs[bin] == 0 ? 0 : binConfidence[bin] / binPairs[bin]);
            calibration.add(row);
        }
        map.put("calibration", calibration);
        return map;
    }

    /** A human-readable block: the measures, the confusion matrix and the calibration table. */
    public String format(String title) {
        StringBuilder out = new StringBuilder();
        double[] reference = referenceDetection();
        out.append(String.format("== %s: %d pairs%n", title, pairs));
        out.append(String.format("reference  P=%.3f R=%.3f F1=%.3f%n", reference[0], reference[1], reference[2]));
        out.append(String.format("stance     F1(favor)=%.3f F1(against)=%.3f F_avg=%.3f macro-F1(referenced)=%.3f%n",
                f1(Predicted.FAVOR), f1(Predicted.AGAINST), fAvg(), macroF1Referenced()));
        out.append(String.format("confusion (rows gold, columns predicted)%n%-9s", ""));
        for (Predicted predicted : Predicted.values()) {
            out.append(String.format("%9s", predicted.name().toLowerCase()));
        }
        out.append('\n');
        confusion.forEach((gold, row) -> {
            out.append(String.format("%-9s", gold.label()));
            row.values().forEach(n -> out.append(String.format("%9d", n)));
            out.append('\n');
        });
        out.append("calibration (confidence bin: predicted pairs, share right, mean confidence)\n");
        for (int bin = 0; bin < binPairs.length; bin++) {
            out.append(String.format("  [%.1f, %.1f%s %5d  %s%n", CALIBRATION_BINS[bin],
                    Math.min(1.0, CALIBRATION_BINS[bin + 1]), bin == binPairs.length - 1 ? "]" : ")", binPairs[bin],
                    binPairs[bin] == 0 ? "-" : String.format("%.3f  %.3f", ratio(binRight[bin], binPairs[bin]),
                            binConfidence[bin] / binPairs[bin])));
        }
        return out.toString();
    }

    private static double f1(int truePositive, int predictedPositive, int goldPositive) {
        double precision = ratio(truePositive, predictedPositive);
        double recall = ratio(truePositive, goldPositive);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
