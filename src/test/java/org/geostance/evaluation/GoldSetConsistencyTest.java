package org.geostance.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.geostance.ingest.Article;
import org.geostance.ingest.LocalArticles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every labeled set must label exactly what the job reads from its articles: one row per paragraph × target, so
 * that a paragraph added or merged by an edit, or a forgotten target, fails here instead of skewing the figures.
 * Paragraphs are counted by the job's own reader, not by a second splitter.
 */
class GoldSetConsistencyTest {
    private static final Set<String> TARGETS = Set.of("USA", "TUR", "ISR");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "data/gold/dev.tsv, data/gold/dev",
        "data/gold/test.tsv, data/gold/test",
        "data/gold/dev2.tsv, data/gold/dev2",
        "data/gold/dev3.tsv, data/gold/dev3",
        "data/gold/dev4.tsv, data/gold/dev4",
        "data/gold/dev5.tsv, data/gold/dev5",
        "data/gold/dev6.tsv, data/gold/dev6",
        "data/gold/dev7.tsv, data/gold/dev7",
        "data/gold/dev8.tsv, data/gold/dev8",
        "data/gold/dev9.tsv, data/gold/dev9",
        "data/gold/dev10.tsv, data/gold/dev10",
        "data/gold/dev11.tsv, data/gold/dev11",
        "data/gold/dev12.tsv, data/gold/dev12",
        "data/gold/dev13.tsv, data/gold/dev13",
        "data/gold/dev14.tsv, data/gold/dev14",
        "data/gold/seed.tsv, data/articles/seed_2020-07_iran-syria.txt",
    })
    void labelsEveryParagraphOfEveryArticleForEveryTarget(String gold, String input) throws Exception {
        GoldSet set = GoldSet.read(Path.of(gold));
        Map<String, Article> articles = LocalArticles.read(List.of(input)).stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        Map<String, Set<Integer>> labeledParagraphs = new TreeMap<>();
        Map<String, Set<String>> targetsByParagraph = new TreeMap<>();
        set.labels().keySet().forEach(key -> {
            labeledParagraphs.computeIfAbsent(key.articleId(), id -> new TreeSet<>()).add(key.paragraph());
            targetsByParagraph.computeIfAbsent(key.articleId() + " ¶" + key.paragraph(), k -> new TreeSet<>())
                    .add(key.target());
        });

        assertThat(labeledParagraphs.keySet()).as("articles labeled in %s vs read from %s", gold, input)
                .containsExactlyInAnyOrderElementsOf(articles.keySet());
        articles.forEach((id, article) -> {
            Set<Integer> expected = new TreeSet<>();
            for (int p = 1; p <= article.paragraphs().size(); p++) {
                expected.add(p);
            }
            assertThat(labeledParagraphs.get(id)).as("paragraph numbers of %s", id).isEqualTo(expected);
        });
        targetsByParagraph.forEach((paragraph, targets) ->
                assertThat(targets).as("targets of %s", paragraph).isEqualTo(TARGETS));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"data/gold/dev2", "data/gold/dev3", "data/gold/dev4", "data/gold/dev5", "data/gold/dev6",
        "data/gold/dev7", "data/gold/dev8", "data/gold/dev9", "data/gold/dev10", "data/gold/dev11",
        "data/gold/dev12", "data/gold/dev13", "data/gold/dev14"})
    void idsNameTheLanguageAndTheMonthOfTheDateHeader(String input) throws Exception {
        for (Article article : LocalArticles.read(List.of(input))) {
            assertThat(article.id()).as("id of %s", article.input())
                    .matches("(fr|en)_\\d{4}-\\d{2}_[a-z0-9-]+")
                    .startsWith(article.id().substring(0, 3) + article.date().substring(0, 7));
        }
    }
}
