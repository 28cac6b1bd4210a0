package org.geostance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.geostance.aggregate.ComparisonOptions;
import org.geostance.ingest.Article;
import org.geostance.ingest.ArticleParser;
import org.geostance.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Near-duplicate clusters on real article text, from shingle hashes as the scoring pass keeps them: a wire story of the sample (Turkey suspends trade with Israel),
 * its byte-identical and lightly edited copies under other outlets, another article written independently on the
 * same event, and unrelated sample articles.
 */
class NearDuplicatesTest {
    private static final String WIRE = "fr_2024-05_commerce-turquie-israel";

    private static Map<String, String> clusters;
    private static Map<String, Article> byId;

    @BeforeAll
    static void findClusters() throws IOException {
        SparkSession spark = SharedSpark.session();
        ArticleParser parser = new ArticleParser(Map.of());
        List<Article> sample = parser.parse("wire_2024.jsonl",
                Files.readAllBytes(Path.of("data/articles/wire_2024.jsonl"))).articles();
        Article wire = sample.stream().filter(a -> a.id().equals(WIRE)).findFirst().orElseThrow();
        List<Article> articles = new ArrayList<>(sample);
        articles.add(copy(wire, "copy-identical", "levant-hebdo", "2024-05-03", wire.paragraphs()));
        List<String> edited = new ArrayList<>();
        for (String paragraph : wire.paragraphs()) {
            edited.add(paragraph.replace("suspendu jeudi", "suspendu ce jeudi")
                    .replace("près de 7 milliards", "presque sept milliards")
                    .replace("a aussitôt accusé", "a immédiatement accusé"));
        }
        edited.add("(Avec agences)");
        articles.add(copy(wire, "copy-edited", "gazette-du-sud", "2024-05-04", edited));
        articles.add(parser.parse("same-event_turquie-israel.txt",
                Files.readAllBytes(Path.of("src/test/resources/duplicates/same-event_turquie-israel.txt")))
                .articles().get(0));
        articles.add(parser.parse("seed.txt",
                Files.readAllBytes(Path.of("data/articles/seed_2020-07_iran-syria.txt"))).articles().get(0));
        byId = articles.stream().collect(Collectors.toMap(Article::id, a -> a));
        List<Row> shingles = new ArrayList<>();
        for (Article article : articles) {
            shingles.add(RowFactory.create(article.id(), article.date(), Shingles.hashes(article.paragraphs())));
        }
        StructType schema = new StructType().add("article_id", DataTypes.StringType).add("date", DataTypes.StringType)
                .add("shingles", DataTypes.createArrayType(DataTypes.IntegerType, false));
        List<Row> rows = NearDuplicates.clusters(spark, spark.createDataFrame(shingles, schema),
                ComparisonOptions.DEFAULT_DUPLICATE_THRESHOLD).collectAsList();
        clusters = rows.stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));
    }

    private static Article copy(Article original, String id, String source, String date, List<String> paragraphs) {
        return new Article(id, source, date, original.title(), null, original.language(), id + ".txt", "UTF-8",
                paragraphs);
    }

    @Test
    void aByteIdenticalCopyUnderAnotherOutletJoinsTheOriginalsCluster() {
        // Same day: the cluster is named after the smaller article id (the rule of ClustersTest).
        assertThat(clusters.get(WIRE)).isEqualTo("copy-identical");
        assertThat(clusters.get("copy-identical")).isEqualTo("copy-identical");
    }

    @Test
    void aCopyWithSmallEditsIsTheSameStory() {
        assertThat(clusters.get("copy-edited")).isEqualTo(clusters.get(WIRE));
    }

    @Test
    void anotherArticleOnTheSameEventAndUnrelatedArticlesAreNotCopies() {
        assertThat(clusters).doesNotContainKey("same-event_turquie-israel");
        assertThat(clusters.keySet()).containsExactlyInAnyOrder(WIRE, "copy-identical", "copy-edited");
    }

    @Test
    void theEditedCopyIsReallyEditedAndTheSameEventArticleSharesWordsButFewShingles() {
        double edited = jaccard(byId.get(WIRE), byId.get("copy-edited"));
        double sameEvent = jaccard(byId.get(WIRE), byId.get("same-event_turquie-israel"));
        assertThat(edited).isLessThan(0.95).isGreaterThanOrEqualTo(ComparisonOptions.DEFAULT_DUPLICATE_THRESHOLD);
        assertThat(sameEvent).isLessThan(0.1);
    }

    private static double jaccard(Article a, Article b) {
        Set<String> first = new HashSet<>(Shingles.of(a.paragraphs()));
        Set<String> second = new HashSet<>(Shingles.of(b.paragraphs()));
        Set<String> union = new HashSet<>(first);
        union.addAll(second);
        first.retainAll(second);
        return (double) first.size() / union.size();
    }
}
