package org.geostance.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated JSONL corpus of two outlets writing about the United States in the first two quarters of 2023,
 * built from template sentences whose stance the engine gets right (neutral reports; hostile editorials). With
 * the shift planted, "planted-herald" turns from neutral in Q1 to against in Q2; "steady-post" stays neutral
 * throughout, and also has one undated article. Every article gets a paragraph of random words (no target), so
 * that articles built from the same templates are not near-duplicates of each other.
 */
final class PlantedShiftCorpus {
    static final String TURNING = "planted-herald";
    static final String STEADY = "steady-post";
    static final String UNDATED_ID = "steady-undated";

    private static final String[] NEUTRAL = {
        "The US delegation arrived in %s on %s for a new round of talks on the port project.",
        "Washington announced a review of its trade figures for the coming year, officials in %s said on %s.",
        "An American envoy met local officials in %s on %s to discuss the schedule of the conference.",
    };
    private static final String[] AGAINST = {
        "The editorial condemned the illegal sanctions imposed by Washington on %s, calling them an act of aggression on %s.",
        "American pressure on %s amounts to interference and blackmail, the editors wrote on %s.",
        "The US occupation of the oil fields near %s is illegal, the newspaper said on %s.",
    };
    private static final String[] CITIES = {"Valletta", "Tallinn", "Porto", "Gdansk", "Split", "Tampere", "Graz", "Ghent"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] FILLER = ("harvest market weather rain river school bus bridge festival football museum"
            + " library bakery orchestra garden tram ferry lighthouse village mountain forest theatre bicycle cheese"
            + " painter novel recipe tournament marathon parliament budget tunnel airport canal vineyard choir"
            + " exhibition dairy fishermen hospital teachers students nurses farmers engineers sailors cyclists"
            + " morning evening summer winter spring autumn quiet busy early late new old small large green blue").split(" ");

    /** Articles per outlet and quarter, and target paragraphs per article: 12 paragraphs per outlet and quarter. */
    private static final int ARTICLES = 4;
    private static final int PARAGRAPHS = 3;

    private PlantedShiftCorpus() {}

    /** Writes the corpus as one JSONL file and returns its path. */
    static Path write(Path folder, boolean plantShift) throws IOException {
        Random random = new Random(2023);
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int quarter = 1; quarter <= 2; quarter++) {
            for (int i = 0; i < ARTICLES; i++) {
                String date = "2023-%02d-%02d".formatted((quarter - 1) * 3 + 1 + i % 3, 3 + 5 * i);
                boolean hostile = plantShift && quarter == 2;
                lines.add(article(json, random, TURNING + "-q" + quarter + "-" + i, TURNING, date,
                        hostile ? AGAINST : NEUTRAL));
                lines.add(article(json, random, STEADY + "-q" + quarter + "-" + i, STEADY, date, NEUTRAL));
            }
        }
        lines.add(article(json, random, UNDATED_ID, STEADY, null, NEUTRAL));
        Files.createDirectories(folder);
        return Files.write(folder.resolve(plantShift ? "planted.jsonl" : "steady.jsonl"), lines, StandardCharsets.UTF_8);
    }

    private static String article(ObjectMapper json, Random random, String id, String source, String date,
                                  String[] templates) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < PARAGRAPHS; p++) {
            paragraphs.add(templates[p].formatted(CITIES[random.nextInt(CITIES.length)], DAYS[random.nextInt(DAYS.length)]));
        }
        StringBuilder filler = new StringBuilder("Elsewhere in the news:");
        for (int w = 0; w < 60; w++) {
            filler.append(' ').append(FILLER[random.nextInt(FILLER.length)]);
        }
        paragraphs.add(filler.append('.').toString());
        ObjectNode node = json.createObjectNode().put("id", id).put("source", source).put("title", id)
                .put("language", "en").put("text", String.join("\n\n", paragraphs));
        if (date != null) {
            node.put("date", date);
        }
        return node.toString();
    }
}
