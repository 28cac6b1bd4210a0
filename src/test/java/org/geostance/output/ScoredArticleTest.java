package org.geostance.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.geostance.ingest.Article;
import org.geostance.ingest.Rejection;
import org.geostance.stance.ParagraphScorer;
import org.geostance.stance.StanceEngine;
import org.geostance.targets.TargetDictionary;
import org.geostance.targets.TargetMatcher;
import org.geostance.testing.SharedSpark;
import org.geostance.text.LanguageDetector;
import org.geostance.text.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One article into table rows: the truncation flag, and the guard that turns a scoring failure into a rejection. */
class ScoredArticleTest {
    private static TargetMatcher matcher;
    private static StanceEngine engine;
    private static ParagraphScorer scorer;

    @BeforeAll
    static void build() {
        matcher = new TargetMatcher(TargetDictionary.load(Path.of("data/targets.json")));
        engine = StanceEngine.load(Path.of("data/lexicons"));
        scorer = new ParagraphScorer(new LanguageDetector(), SharedSpark.analyzer(), matcher, engine);
    }

    /** Rows built for createDataFrame carry no schema of their own. */
    private static Object cell(Row row, StructType schema, String column) {
        return row.get(schema.fieldIndex(column));
    }

    private static Article article(String... paragraphs) {
        return new Article("a", "wire", "2024-04", null, null, null, "file:/in/a.txt", "UTF-8", List.of(paragraphs));
    }

    @Test
    void everyParagraphGetsARowAndOnlyTheOverLongOneIsFlagged() {
        String longParagraph = "La Turquie condamne fermement l'offensive israélienne à Gaza. "
                + "Les délégations poursuivent leurs discussions à Genève. ".repeat(1_000);
        ScoredArticle scored = ScoredArticle.of(scorer, article("Ankara salue la médiation américaine.", longParagraph));

        assertThat(scored.scored()).isTrue();
        assertThat(scored.paragraphs()).isEqualTo(2);
        assertThat(scored.paragraphRows()).extracting(r -> cell(r, Tables.PARAGRAPHS_SCHEMA, "truncated"))
                .containsExactly(false, true);
        assertThat(longParagraph.length()).isGreaterThan(TextAnalyzer.MAX_ANALYZED_CHARS);
        Row kept = scored.paragraphRows().get(1);
        assertThat(cell(kept, Tables.PARAGRAPHS_SCHEMA, "text")).isEqualTo(longParagraph);
        assertThat(scored.stanceRows()).extracting(r -> cell(r, Tables.PARAGRAPH_STANCE_SCHEMA, "paragraph") + " "
                        + cell(r, Tables.PARAGRAPH_STANCE_SCHEMA, "target") + " "
                        + cell(r, Tables.PARAGRAPH_STANCE_SCHEMA, "stance"))
                .contains("1 USA favor", "2 ISR against");
    }

    @Test
    void aScorerThatFailsOnAParagraphRejectsTheArticleNamingTheParagraphAndTheError() {
        // A scorer missing its target matcher fails on every paragraph: the guard must turn that into a rejection.
        ParagraphScorer broken = new ParagraphScorer(new LanguageDetector(), SharedSpark.analyzer(), null, engine);
        ScoredArticle failed = ScoredArticle.of(broken, article("Ankara salue la médiation américaine.", "Deux."));

        assertThat(failed.scored()).isFalse();
        assertThat(failed.paragraphRows()).isEmpty();
        assertThat(failed.stanceRows()).isEmpty();
        assertThat(failed.rejection().input()).isEqualTo("file:/in/a.txt");
        assertThat(failed.rejection().reason()).isEqualTo(Rejection.SCORING_FAILED);
        assertThat(failed.rejection().detail())
                .startsWith("file:/in/a.txt paragraph 1: scoring failed with NullPointerException")
                .doesNotContain("\n");
    }
}
