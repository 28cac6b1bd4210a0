package org.geostance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.geostance.testing.SharedSpark;
import org.junit.jupiter.api.Test;

class ClustersTest {
    private static final StructType PAIRS = new StructType(Clusters.PAIR_COLUMNS.stream()
            .map(name -> DataTypes.createStructField(name, DataTypes.StringType, true))
            .toArray(org.apache.spark.sql.types.StructField[]::new));

    @Test
    void aChainOfCopiesIsOneStoryNamedAfterItsEarliestCopy() {
        Map<String, String> dates = new HashMap<>(Map.of("a", "2024-05-04", "b", "2024-05-03", "d", "2024-05-03"));
        dates.put("c", null);
        Map<String, String> clusters = clusters(dates, "c d", "a b", "b c");
        // b and d share the earliest date; the smaller id wins.
        assertThat(clusters).containsExactlyInAnyOrderEntriesOf(Map.of("a", "b", "b", "b", "c", "b", "d", "b"));
    }

    @Test
    void separateStoriesStaySeparateAndUndatedCopiesComeLast() {
        Map<String, String> dates = new HashMap<>(Map.of("y", "2020-01"));
        dates.put("x", null);
        dates.put("p", null);
        dates.put("q", null);
        assertThat(clusters(dates, "x y", "p q"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("x", "y", "y", "y", "p", "p", "q", "p"));
    }

    @Test
    void theFirstCopyReachesTheFarEndOfALongChainAfterAsManyRounds() {
        // e1 – e2 – … – e9, the earliest copy at the far end: its label needs eight rounds to reach e1.
        Map<String, String> dates = new HashMap<>();
        List<String> links = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            dates.put("e" + i, "2024-01-" + (20 - i));
            if (i > 1) {
                links.add("e" + (i - 1) + " e" + i);
            }
        }
        Map<String, String> clusters = clusters(dates, links.toArray(new String[0]));
        assertThat(clusters).hasSize(9).allSatisfy((article, cluster) -> assertThat(cluster).isEqualTo("e9"));
    }

    @Test
    void noPairsNoClusters() {
        assertThat(clusters(Map.of())).isEmpty();
    }

    /** @param links "first second" */
    private static Map<String, String> clusters(Map<String, String> dates, String... links) {
        SparkSession spark = SharedSpark.session();
        List<Row> pairs = Arrays.stream(links).map(link -> link.split(" "))
                .map(ids -> RowFactory.create(ids[0], dates.get(ids[0]), ids[1], dates.get(ids[1]))).toList();
        Map<String, String> clusters = new HashMap<>();
        for (Row row : Clusters.of(spark, spark.createDataFrame(pairs, PAIRS)).collectAsList()) {
            clusters.put(row.getString(0), row.getString(1));
        }
        return clusters;
    }
}
