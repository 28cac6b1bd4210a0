package org.geostance.evaluation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ObjDoubleConsumer;
import org.geostance.stance.StanceFeatures;
import org.geostance.text.Folding;

/**
 * General-purpose sentiment lexicons (AFINN en/fr, VADER en, Pattern fr; see the folder's PROVENANCE.md), each
 * scaled to [-1, 1]: word polarity that is not stance, but a feature a learned decision may weigh.
 */
public final class ReferencePolarity implements StanceFeatures.Polarity, Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, Map<String, Double>> bySurface = new HashMap<>();
    private final Map<String, Double> patternFrenchStems = new HashMap<>();

    private ReferencePolarity() {}

    /** Reads afinn_en.json, afinn_fr.json, vader_lexicon_en.txt and pattern_fr.stemmed.json from the folder. */
    public static ReferencePolarity load(Path folder) {
        ReferencePolarity p = new ReferencePolarity();
        try {
            ObjectMapper json = new ObjectMapper();
            TypeReference<Map<String, Double>> type = new TypeReference<>() {};
            p.bySurface.put("en:afinn", scaled(json.readValue(folder.resolve("afinn_en.json").toFile(), type), 5));
            p.bySurface.put("fr:afinn", scaled(json.readValue(folder.resolve("afinn_fr.json").toFile(), type), 5));
            Map<String, Double> vader = new HashMap<>();
            for (String line : Files.readAllLines(folder.resolve("vader_lexicon_en.txt"), StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (cells.length >= 2) {
                    vader.put(cells[0], Double.parseDouble(cells[1]) / 4);
                }
            }
            p.bySurface.put("en:vader", vader);
            // Pattern's keys are nlp.js stems; folded, most equal the engine's Snowball stems.
            json.readValue(folder.resolve("pattern_fr.stemmed.json").toFile(), type)
                    .forEach((stem, value) -> p.patternFrenchStems.put(Folding.key(stem), value));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference lexicons in " + folder, e);
        }
        return p;
    }

    private static Map<String, Double> scaled(Map<String, Double> values, double max) {
        Map<String, Double> out = new HashMap<>();
        values.forEach((word, value) -> {
            if (!word.contains(" ")) {
                out.put(word, value / max);
            }
        });
        return out;
    }

    @Override
    public void add(String language, String surface, String stem, ObjDoubleConsumer<String> feature) {
        String lower = surface.toLowerCase(Locale.ROOT);
        for (String lexicon : new String[] {"afinn", "vader"}) {
            Map<String, Double> words = bySurface.get(language + ":" + lexicon);
            Double value = words == null ? null : words.get(lower);
            emit(lexicon, value, feature);
        }
        if ("fr".equals(language)) {
            emit("pattern", patternFrenchStems.get(stem), feature);
        }
    }

    private static void emit(String lexicon, Double value, ObjDoubleConsumer<String> feature) {
        if (value != null && value != 0) {
            feature.accept(lexicon + (value > 0 ? "+" : "-"), Math.abs(value));
        }
    }
}
