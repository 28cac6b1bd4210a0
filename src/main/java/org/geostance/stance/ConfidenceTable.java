package org.geostance.stance;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * A label's confidence: how often labels of its {@link EvidenceClass} are right on text the rules were not written
 * on. The tuning splits hold enough labels to tell the classes apart, but the rules were fitted to them, so their
 * rates are optimistic (session 3: attached English against labels right 41 of 41 times on the tuning splits, 16
 * of 23 on a split written blind). So each class's rate on the tuning splits is scaled by how its language and
 * label fare on a held-out split the rules are never tuned on: the one-sided 95 % Wilson lower bound of the
 * held-out rate over the tuning rate of the same group. A class seen fewer than {@value #MIN_PAIRS} times takes
 * the confidence of its first coarser class seen enough; a group likewise. The tuning labels are out of fold where a
 * language has a learned layer ({@code Calibration}), so a label a layer changed (basis {@link LearnedDecision#BASIS})
 * has its own rate like any other class.
 *
 * <p>Fitted by {@code bin/geostance calibrate} and shipped as {@value #FILE} beside the lexicons; refitted whenever
 * the rules or lexicons change.
 */
public final class ConfidenceTable implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String FILE = "confidence.tsv";
    static final int MIN_PAIRS = 20;
    /** Two-sided 90 %: its lower end is the one-sided 95 % lower bound. */
    private static final double INTERVAL = 0.90;
    /** Fields a group keeps: language and label. */
    private static final int GROUP_FIELDS = 2;
    private static final String HEADER = "class\tpairs\tright\theld_out_group\theld_out_pairs\theld_out_right\tconfidence";

    /**
     * One class's tally on the tuning splits, the held-out tally of the group that scales it, and the confidence.
     */
    public record Cell(String key, int pairs, int right, String group, int groupPairs, int groupRight,
                       double confidence) implements Serializable {}

    private final Map<String, Cell> cells;
    /** Each class's cell once found: every scored target asks, and the classes are a few hundred. */
    private final Map<EvidenceClass, Cell> found = new ConcurrentHashMap<>();

    private ConfidenceTable(Map<String, Cell> cells) {
        this.cells = cells;
    }

    /** Tallies labels by class at every level of coarseness, on the tuning splits and on the held-out split. */
    public static final class Fit {
        private final Map<String, int[]> tuning = new TreeMap<>();
        private final Map<String, int[]> heldOut = new TreeMap<>();

        public void addTuning(EvidenceClass evidenceClass, boolean right) {
            tally(tuning, evidenceClass, right);
        }

        public void addHeldOut(EvidenceClass evidenceClass, boolean right) {
            tally(heldOut, evidenceClass, right);
        }

        private static void tally(Map<String, int[]> tally, EvidenceClass evidenceClass, boolean right) {
            for (String key : evidenceClass.keys()) {
                int[] counts = tally.computeIfAbsent(key, k -> new int[2]);
                counts[0]++;
                counts[1] += right ? 1 : 0;
            }
        }

        public ConfidenceTable table() {
            Map<String, Cell> cells = new TreeMap<>();
            tuning.forEach((key, counts) -> {
                String group = groupOf(key);
                int[] held = heldOut.getOrDefault(group, new int[2]);
                int[] groupTuning = tuning.get(group);
                double groupRate = (double) groupTuning[1] / groupTuning[0];
                double scale = held[1] == 0 ? 0 : lowerBound(held[1], held[0]) / groupRate;
                double confidence = Math.min(1, scale * counts[1] / counts[0]);
                cells.put(key, new Cell(key, counts[0], counts[1], group, held[0], held[1],
                        Math.round(confidence * 1000) / 1000.0));
            });
            return new ConfidenceTable(cells);
        }

        /** The class's language-and-label group, or a coarser one where the held-out split is too thin. */
        private String groupOf(String key) {
            List<String> chain = coarser(key);
            String group = chain.get(chain.size() - 1);
            for (String candidate : chain) {
                if (fieldsKept(candidate) <= GROUP_FIELDS && heldOut.getOrDefault(candidate, new int[2])[0] >= MIN_PAIRS) {
                    return candidate;
                }
            }
            return group;
        }
    }

    /** The key, then ever coarser ones down to every label. */
    private static List<String> coarser(String key) {
        String[] fields = key.split(" ");
        List<String> chain = new ArrayList<>();
        chain.add(key);
        for (int i = fieldsKept(key) - 1; i >= 0; i--) {
            fields[i] = EvidenceClass.ANY;
            chain.add(String.join(" ", fields));
        }
        return chain;
    }

    private static int fieldsKept(String key) {
        int kept = 0;
        for (String field : key.split(" ")) {
            if (field.equals(EvidenceClass.ANY)) {
                break;
            }
            kept++;
        }
        return kept;
    }

    static double lowerBound(int right, int pairs) {
        if (right == 0) {
            return 0;
        }
        return Math.max(0, new WilsonScoreInterval().createInterval(pairs, right, INTERVAL).getLowerBound());
    }

    /** The finest class of the label's seen at least {@value #MIN_PAIRS} times, else the coarsest one known. */
    public Cell cellFor(EvidenceClass evidenceClass) {
        return found.computeIfAbsent(evidenceClass, this::lookUp);
    }

    private Cell lookUp(EvidenceClass evidenceClass) {
        List<String> keys = evidenceClass.keys();
        Cell coarsest = null;
        for (String key : keys) {
            Cell cell = cells.get(key);
            if (cell != null && cell.pairs() >= MIN_PAIRS) {
                return cell;
            }
            coarsest = cell == null ? coarsest : cell;
        }
        String every = keys.get(keys.size() - 1);
        return coarsest == null ? new Cell(every, 0, 0, every, 0, 0, 0) : coarsest;
    }

    public double confidence(EvidenceClass evidenceClass) {
        return cellFor(evidenceClass).confidence();
    }

    /** Reads {@value #FILE} from the directory and adds it to {@code loaded}. */
    public static ConfidenceTable load(Path dir, List<Path> loaded) {
        Path file = dir.resolve(FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidLexiconException(FILE + ":0: cannot read " + file + " (" + e.getMessage()
                    + "); fit it with bin/geostance calibrate");
        }
        loaded.add(file);
        Map<String, Cell> cells = new TreeMap<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#") || line.equals(HEADER)) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            try {
                if (cols.length != 7 || cols[0].split(" ").length != 6 || cols[3].split(" ").length != 6) {
                    throw new NumberFormatException("expected: " + HEADER.replace('\t', ' '));
                }
                cells.put(cols[0], new Cell(cols[0], Integer.parseInt(cols[1]), Integer.parseInt(cols[2]), cols[3],
                        Integer.parseInt(cols[4]), Integer.parseInt(cols[5]), Double.parseDouble(cols[6])));
            } catch (NumberFormatException e) {
                throw InvalidLexiconException.at(FILE, n, e.getMessage());
            }
        }
        return new ConfidenceTable(cells);
    }

    /** The table as {@value #FILE} holds it, after the given comment lines. */
    public String format(List<String> comments) {
        StringBuilder out = new StringBuilder();
        comments.forEach(comment -> out.append("# ").append(comment).append('\n'));
        out.append(HEADER).append('\n');
        cells.values().forEach(cell -> out.append(String.join("\t", cell.key(), Integer.toString(cell.pairs()),
                Integer.toString(cell.right()), cell.group(), Integer.toString(cell.groupPairs()),
                Integer.toString(cell.groupRight()), Double.toString(cell.confidence()))).append('\n'));
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfidenceTable table && table.cells.equals(cells);
    }

    @Override
    public int hashCode() {
        return cells.hashCode();
    }

    /** Writes {@link #format} to a file. */
    public void write(Path file, List<String> comments) {
        try {
            Files.writeString(file, format(comments), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
