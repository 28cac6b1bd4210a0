package org.geostance.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.geostance.testing.SharedSpark;
import org.geostance.text.AnalyzedText;
import org.junit.jupiter.api.Test;

/** The seed article, scored end to end, against data/gold/seed.tsv. */
class SeedArticleTest {
    private final StanceEngine engine = Fixtures.engine();

    /** paragraph (1-based) → target → predicted label ("none" when not mentioned). */
    private Map<Integer, Map<String, String>> predictions(StringBuilder explain) {
        List<String> paragraphs = Fixtures.paragraphs(Fixtures.SEED);
        Map<Integer, Map<String, String>> out = new TreeMap<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            AnalyzedText text = SharedSpark.analyzer().analyze(paragraphs.get(p));
            Map<String, String> labels = new TreeMap<>(Map.of("USA", "none", "TUR", "none", "ISR", "none"));
            for (TargetStance ts : engine.score(text, "fr", Fixtures.mentions(text, "fr", "2020-07"))) {
                labels.put(ts.target(), ts.stance().label());
                explain.append(p + 1).append(' ').append(ts.target()).append(' ').append(ts.stance().label())
                        .append(String.format(" %.2f conf %.2f holder=%s/%s%n", ts.score(), ts.confidence(), ts.holder(),
                                ts.holderCountry()));
                ts.evidence().forEach(e -> explain.append("    ").append(e.describe()).append('\n'));
            }
            out.put(p + 1, labels);
        }
        return out;
    }

    @Test
    void seedHasSeventeenParagraphs() {
        assertThat(Fixtures.paragraphs(Fixtures.SEED)).hasSize(17);
    }

    @Test
    void seedLabelsAreReproduced() {
        StringBuilder explain = new StringBuilder();
        Map<Integer, Map<String, String>> predicted = predictions(explain);
        System.out.println(explain);
        Map<Integer, Map<String, String>> gold = Fixtures.gold(java.nio.file.Path.of("data/gold/seed.tsv"))
                .get("seed_2020-07_iran-syria");
        // The must-show list first, for a readable failure.
        for (int p : new int[] {3, 4, 9, 10, 11}) {
            assertThat(predicted.get(p).get("USA")).as("paragraph %d USA\n%s", p, explain).isEqualTo("against");
        }
        for (int p : new int[] {6, 7}) {
            assertThat(predicted.get(p).get("TUR")).as("paragraph %d TUR\n%s", p, explain).isEqualTo("against");
        }
        assertThat(predicted.get(10).get("ISR")).as("paragraph 10 ISR\n%s", explain).isEqualTo("against");
        // Every other paragraph × target: no stance invented where the seed has none.
        for (Map.Entry<Integer, Map<String, String>> e : gold.entrySet()) {
            for (Map.Entry<String, String> t : e.getValue().entrySet()) {
                String expected = t.getValue();
                String actual = predicted.get(e.getKey()).get(t.getKey());
                if (expected.equals("none")) {
                    assertThat(actual).as("paragraph %d %s\n%s", e.getKey(), t.getKey(), explain).isIn("none", "neutral");
                } else {
                    assertThat(actual).as("paragraph %d %s\n%s", e.getKey(), t.getKey(), explain).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void quotedSpeakersAreTheHolders() {
        List<String> paragraphs = Fixtures.paragraphs(Fixtures.SEED);
        AnalyzedText p4 = SharedSpark.analyzer().analyze(paragraphs.get(3));
        TargetStance usa = engine.score(p4, "fr", Fixtures.mentions(p4, "fr", "2020-07")).get(0);
        assertThat(usa.holder()).isEqualTo("Baqeri");
        assertThat(usa.holderCountry()).isEqualTo("IRN");
        assertThat(usa.evidence()).extracting(Evidence::describe)
                .contains("négation: ne saluent pas (+saluer) → -0.80 [quoted, object-of-verb]");
        AnalyzedText p9 = SharedSpark.analyzer().analyze(paragraphs.get(8));
        TargetStance usa9 = engine.score(p9, "fr", Fixtures.mentions(p9, "fr", "2020-07")).get(0);
        assertThat(usa9.holder()).isEqualTo("le ministre syrien");
        assertThat(usa9.holderCountry()).isEqualTo("SYR");
    }
}
