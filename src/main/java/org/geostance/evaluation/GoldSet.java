package org.geostance.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A gold file: {@code article_id, paragraph, target, label} with a header line, tab-separated. */
public record GoldSet(Map<Key, GoldLabel> labels) {
    /** One paragraph × target. */
    public record Key(String articleId, int paragraph, String target) {}

    public static GoldSet read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<Key, GoldLabel> labels = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t");
            String where = file + ":" + (i + 1);
            if (cells.length != 4) {
                throw new IllegalArgumentException(where + ": expected 4 tab-separated columns, found " + cells.length);
            }
            Key key;
            GoldLabel label;
            try {
                key = new Key(cells[0].trim(), Integer.parseInt(cells[1].trim()), cells[2].trim());
                label = GoldLabel.parse(cells[3]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": bad paragraph number or label in '" + line + "'");
            }
            if (labels.put(key, label) != null) {
                throw new IllegalArgumentException(where + ": " + key + " is labeled twice");
            }
        }
        return new GoldSet(labels);
    }
}
