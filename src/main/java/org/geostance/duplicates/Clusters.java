package org.geostance.duplicates;

import static org.apache.spark.sql.types.DataTypes.StringType;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Groups articles linked by near-duplicate pairs into clusters (connected components, so a chain of close copies
 * is one story) and names each cluster after its first copy: the earliest date, an unknown date last, then the
 * smallest article id.
 *
 * <p>The components are found on the executors by min-label propagation: every article starts as its own label
 * and takes, round after round, the first copy among its own label and its neighbours' labels, until no label
 * changes. Links and labels stay hash-partitioned by article id, so a round shuffles only the labels offered to
 * neighbours; a round is one Spark job, and it takes as many rounds as the longest chain of copies, plus one (two
 * for copies of one text, which are all linked to each other). Nothing that grows with the corpus comes to the
 * driver, which a union-find over collected pairs needed.
 */
public final class Clusters {
    /** The columns of {@link #of}'s pairs: two linked articles with their dates. */
    public static final List<String> PAIR_COLUMNS = List.of("first", "first_date", "second", "second_date");

    public static final StructType SCHEMA = new StructType()
            .add("article_id", StringType, false).add("cluster_id", StringType, false);

    /** Links per partition of the propagation: its rounds are cheap, so few and full tasks. */
    private static final long LINKS_PER_PARTITION = 1_000_000;

    /** An article id and its date ({@code YYYY-MM[-DD]} or null). */
    record Copy(String articleId, String date) implements Serializable {
        static final Comparator<Copy> FIRST = Comparator
                .comparing(Copy::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Copy::articleId);

        static Copy first(Copy a, Copy b) {
            return FIRST.compare(a, b) <= 0 ? a : b;
        }
    }

    private Clusters() {}

    /**
     * @param pairs near-duplicate pairs, with the columns {@link #PAIR_COLUMNS}
     * @return article_id, cluster_id (the first copy's article id) of every linked article; unlinked articles are
     *         absent. Computed and held on the executors; the rounds' lineage is cut, so reading it recomputes none.
     */
    public static Dataset<Row> of(SparkSession spark, Dataset<Row> pairs) {
        // Both directions of each link, keyed by the article whose label travels along it.
        JavaPairRDD<String, Copy> offered = pairs.select(PAIR_COLUMNS.stream().map(functions::col).toArray(Column[]::new))
                .javaRDD()
                .flatMapToPair(row -> {
                    Copy first = new Copy(row.getString(0), row.getString(1));
                    Copy second = new Copy(row.getString(2), row.getString(3));
                    return List.of(new Tuple2<>(first.articleId(), second), new Tuple2<>(second.articleId(), first))
                            .iterator();
                });
        offered.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long links = offered.count();
            if (links == 0) {
                return spark.createDataFrame(List.of(), SCHEMA);
            }
            HashPartitioner partitioner = new HashPartitioner((int) Math.max(
                    spark.sparkContext().defaultParallelism(), links / LINKS_PER_PARTITION));
            // Key: an article; value: an article it is linked to. Partitioned as the labels, so joins are narrow.
            JavaPairRDD<String, String> neighbours = offered
                    .mapToPair(link -> new Tuple2<>(link._1(), link._2().articleId()))
                    .partitionBy(partitioner).persist(StorageLevel.MEMORY_AND_DISK());
            JavaPairRDD<String, Copy> labels = offered.mapToPair(link -> new Tuple2<>(link._2().articleId(), link._2()))
                    .reduceByKey(partitioner, Copy::first).persist(StorageLevel.MEMORY_AND_DISK());
            try {
                while (true) {
                    JavaPairRDD<String, Copy> next = neighbours.join(labels)
                            .mapToPair(link -> new Tuple2<>(link._2()._1(), link._2()._2()))
                            .union(labels)
                            .reduceByKey(partitioner, Copy::first);
                    // Lineage cut each round: a later round or reader never recomputes the earlier ones.
                    next.rdd().localCheckpoint();
                    long changed = next.join(labels).filter(label -> !label._2()._1().equals(label._2()._2())).count();
                    labels.unpersist(false);
                    labels = next;
                    if (changed == 0) {
                        break;
                    }
                }
            } finally {
                neighbours.unpersist(false);
            }
            return spark.createDataFrame(labels.map(label -> RowFactory.create(label._1(), label._2().articleId())),
                    SCHEMA);
        } finally {
            offered.unpersist(false);
        }
    }
}
