package org.geostance.stance;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * A label's confidence: how often labels of its {@link EvidenceClass} were right on the labeled splits the rules
 * are tuned on, taken as the lower end of a one-sided 95 % Wilson interval, so that a kind of label seen only a few
 * times cannot claim a high rate. A class seen fewer than {@value #MIN_PAIRS} times takes the rate of the first
 * coarser class that was seen enough. The table is fitted by {@code bin/geostance calibrate} and shipped as
 * {@value #FILE} beside the lexicons; it must be refitted when the rules or lexicons change.
 */
public final class ConfidenceTable implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String FILE = "confidence.tsv";
    static final int MIN_PAIRS = 20;
    /** Two-sided 90 %: its lower end is the one-sided 95 % lower bound. */
    private static final double INTERVAL = 0.90;
    private static final String HEADER = "class\tpairs\tright\tconfidence";

    /** One class's tally on the tuning splits and the confidence it gives. */
    public record Cell(String key, int pairs, int right, double confidence) implements Serializable {}

    private final Map<String, Cell> cells;

    private ConfidenceTable(Map<String, Cell> cells) {
        this.cells = cells;
    }

    /** Tallies labels by class at every level of coarseness. */
    public static final class Fit {
        private final Map<String, int[]> tally = new TreeMap<>();

        public void add(EvidenceClass evidenceClass, boolean right) {
            for (String key : evidenceClass.keys()) {
                int[] counts = tally.computeIfAbsent(key, k -> new int[2]);
                counts[0]++;
                counts[1] += right ? 1 : 0;
            }
        }

        public ConfidenceTable table() {
            Map<String, Cell> cells = new TreeMap<>();
            tally.forEach((key, counts) -> cells.put(key, new Cell(key, counts[0], counts[1],
                    lowerBound(counts[1], counts[0]))));
            return new ConfidenceTable(cells);
        }
    }

    static double lowerBound(int right, int pairs) {
        if (right == 0) {
            return 0;
        }
        double low = new WilsonScoreInterval().createInterval(pairs, right, INTERVAL).getLowerBound();
        return Math.round(Math.max(0, low) * 1000) / 1000.0;
    }

    /** The finest class of the label's seen at least {@value #MIN_PAIRS} times, else the coarsest one known. */
    public Cell cellFor(EvidenceClass evidenceClass) {
        List<String> keys = evidenceClass.keys();
        Cell coarsest = null;
        for (String key : keys) {
            Cell cell = cells.get(key);
            if (cell != null && cell.pairs() >= MIN_PAIRS) {
                return cell;
            }
            coarsest = cell == null ? coarsest : cell;
        }
        return coarsest == null ? new Cell(keys.get(keys.size() - 1), 0, 0, 0) : coarsest;
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
                if (cols.length != 4 || cols[0].split(" ").length != 6) {
                    throw new NumberFormatException("expected: " + HEADER.replace('\t', ' '));
                }
                cells.put(cols[0], new Cell(cols[0], Integer.parseInt(cols[1]), Integer.parseInt(cols[2]),
                        Double.parseDouble(cols[3])));
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
        cells.values().forEach(cell -> out.append(cell.key()).append('\t').append(cell.pairs()).append('\t')
                .append(cell.right()).append('\t').append(cell.confidence()).append('\n'));
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
