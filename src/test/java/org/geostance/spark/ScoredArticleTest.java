package org.geostance.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.geostance.ingest.Article;
import org.geostance.ingest.Rejection;
import org.geostance.output.Tables;
import org.geostance.stance.ParagraphScorer;
import org.geostance.stance.StanceEngine;
import org.geostance.targets.TargetDictionary;
import org.geostance.targets.TargetMatcher;
import org.geostance.testing.SharedSpark;
import org.geostance.text.LanguageDetector;
import org.geostance.text.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One article scored, its rows flagged when truncated, and the guard that turns a scoring failure into a rejection. */
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
    void everyParagraphIsScoredAndOnlyTheOverLongOneIsFlaggedInItsRow() {
        String longParagraph = "La Turquie condamne fermement l'offensive israélienne à Gaza. "
                + "Les délégations poursuivent leurs discussions à Genève. ".repeat(1_000);
        Article article = article("Ankara salue la médiation américaine.", longParagraph);
        ScoredArticle scored = ScoredArticle.of(scorer, article);

        assertThat(scored.scored()).isTrue();
        assertThat(scored.results()).hasSize(2);
        assertThat(longParagraph.length()).isGreaterThan(TextAnalyzer.MAX_ANALYZED_CHARS);
        assertThat(scored.results().get(1).text().text()).hasSize(TextAnalyzer.MAX_ANALYZED_CHARS);
        List<Row> rows = List.of(Tables.paragraphRow(article, 1, article.paragraphs().get(0), scored.results().get(0)),
                Tables.paragraphRow(article, 2, longParagraph, scored.results().get(1)));
        assertThat(rows).extracting(r -> cell(r, Tables.PARAGRAPHS_SCHEMA, "truncated")).containsExactly(false, true);
        assertThat(cell(rows.get(1), Tables.PARAGRAPHS_SCHEMA, "text")).isEqualTo(longParagraph);
        assertThat(scored.results().get(0).stances()).extracting(s -> s.target() + " " + s.stance().label())
                .contains("USA favor");
        assertThat(scored.results().get(1).stances()).extracting(s -> s.target() + " " + s.stance().label())
                .contains("ISR against");
    }

    private static String holder(ScoredArticle scored, int paragraph, String target) {
        return scored.results().get(paragraph).stances().stream().filter(s -> s.target().equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError(target + " not in paragraph " + (paragraph + 1))).holder();
    }

    @Test
    void aQuotationLeftOpenAtAParagraphsEndKeepsItsSpeakerInTheParagraphsThatGoOnWithIt() {
        // The English convention: no closing mark before the paragraph break, a new opening mark after it.
        ScoredArticle scored = ScoredArticle.of(scorer, article(
                "\"We will not stay silent,\" Erdogan said. \"Our patience has limits and our answer will be firm",
                "\"Washington has betrayed its ally and must pay for it. We will not forget",
                "\"Israel's aggression in Gaza is a crime against humanity.\""));
        assertThat(holder(scored, 1, "USA")).isEqualTo("Erdogan");
        assertThat(holder(scored, 2, "ISR")).isEqualTo("Erdogan");
        ScoredArticle french = ScoredArticle.of(scorer, article("Erdogan a déclaré : « Notre patience a des limites et notre réponse sera ferme.",
                "« Washington a trahi son allié et devra en payer le prix. »"));
        assertThat(holder(french, 1, "USA")).isEqualTo("Erdogan");
    }

    @Test
    void aClosedQuotationOrAParagraphThatDoesNotOpenWithAMarkTakesNoSpeakerFromTheOneBefore() {
        // A closed quotation hands nothing on: a new one names its speaker (here with a verb the rules do not read).
        ScoredArticle closed = ScoredArticle.of(scorer, article("\"We will not stay silent,\" Erdogan said.",
                "\"Washington has betrayed its ally and must pay for it,\" the opposition leader fumed."));
        assertThat(holder(closed, 1, "USA")).isEqualTo("author");
        ScoredArticle unquoted = ScoredArticle.of(scorer, article(
                "\"We will not stay silent,\" Erdogan said. \"Our patience has limits and our answer will be firm",
                "Washington has betrayed its ally and must pay for it, many Turks believe."));
        assertThat(holder(unquoted, 1, "USA")).isEqualTo("author");
    }

    @Test
    void aShortFrenchParagraphOfAFrenchArticleIsReadAsFrench() {
        // Issue 6 finding: alone, low-accuracy Lingua calls this paragraph English and no French alias is looked up.
        Article article = article("Israël remercie Washington.",
                "Le cessez-le-feu, négocié pendant trois semaines au Caire, est entré en vigueur dimanche matin "
                        + "et les deux parties se sont engagées à libérer leurs prisonniers.");
        ParagraphScorer.Result first = ScoredArticle.of(scorer, article).results().get(0);

        assertThat(first.language()).isEqualTo("fr");
        assertThat(first.stances()).extracting(s -> s.target() + " " + s.stance().label()).containsExactlyInAnyOrder("USA favor", "ISR neutral");
    }

    @Test
    void aScorerThatFailsOnAParagraphRejectsTheArticleNamingTheParagraphAndTheError() {
        // A scorer missing its target matcher fails on every paragraph: the guard must turn that into a rejection.
        ParagraphScorer broken = new ParagraphScorer(new LanguageDetector(), SharedSpark.analyzer(), null, engine);
        ScoredArticle failed = ScoredArticle.of(broken, article("Ankara salue la médiation américaine.", "Deux."));

        assertThat(failed.scored()).isFalse();
        assertThat(failed.results()).isEmpty();
        assertThat(failed.rejection().input()).isEqualTo("file:/in/a.txt");
        assertThat(failed.rejection().reason()).isEqualTo(Rejection.SCORING_FAILED);
        assertThat(failed.rejection().detail())
                .startsWith("file:/in/a.txt paragraph 1: scoring failed with NullPointerException")
                .doesNotContain("\n");
    }
}
