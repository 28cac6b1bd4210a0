package org.geostance.duplicates;

import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.storage.StorageLevel;
import scala.collection.Seq;

/**
 * Finds copies of one story (syndicated wire copy, republished article) by MinHash LSH over the word shingles of
 * each article, then groups the pairs into clusters ({@link Clusters}), all on the executors.
 *
 * <p>The MinHash signatures ({@link MinHash}, on the shingle hashes themselves) only propose candidate pairs,
 * through the bands of {@link Banding}; the similarity kept is the exact Jaccard similarity of the two shingle sets.
 */
public final class NearDuplicates {
    /** Fixed, so that a run finds the same pairs every time. */
    private static final long SEED = 4_2024L;

    private NearDuplicates() {}

    /**
     * @param articleShingles article_id, date and shingles (the sorted distinct hashes of {@link Shingles#hashes})
     * @param threshold  the Jaccard similarity, in (0, 1], at or above which two articles are copies
     * @return article_id, cluster_id for every article that has at least one copy; the cluster id is the article id
     *         of the cluster's first copy
     */
    public static Dataset<Row> clusters(SparkSession spark, Dataset<Row> articleShingles, double threshold) {
        Banding banding = Banding.forThreshold(threshold);
        MinHash minHash = new MinHash(banding.hashes(), SEED);
        UserDefinedFunction bandKeys = udf((UDF1<Seq<Object>, long[]>) shingles -> {
            int[] set = new int[shingles.size()];
            for (int i = 0; i < set.length; i++) {
                set[i] = (Integer) shingles.apply(i);
            }
            return banding.keys(minHash.signature(set));
        }, createArrayType(LongType, false));
        // Shingles.hashes never gives an empty set; a missing one has no signature and no copy.
        Dataset<Row> sets = articleShingles.select("article_id", "date", "shingles")
                .where(size(col("shingles")).gt(0));
        Dataset<Row> banded = sets.select(col("article_id"), explode(bandKeys.apply(col("shingles"))).as("band"));
        // Cached, as it is read twice below: few rows, which would otherwise cost a second pass over every shingle.
        Dataset<Row> candidates = banded.as("a").join(banded.as("b"), col("a.band").equalTo(col("b.band"))
                        .and(col("a.article_id").lt(col("b.article_id"))))
                .select(col("a.article_id").as("first"), col("b.article_id").as("second")).distinct()
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // Only the articles of a candidate pair are compared: their ids go to every task, so the other
            // articles' shingle sets never leave the task that reads them.
            Dataset<Row> candidateIds = candidates.select(col("first").as("article_id"))
                    .union(candidates.select(col("second"))).distinct();
            Dataset<Row> compared = sets.join(broadcast(candidateIds), new String[] {"article_id"}, "left_semi");
            // Both sets are distinct hashes, so the union's size follows from the intersection's.
            Column common = size(array_intersect(col("f.shingles"), col("s.shingles")));
            Column similarity = common.divide(size(col("f.shingles")).plus(size(col("s.shingles"))).minus(common));
            Dataset<Row> pairs = candidates
                    .join(compared.as("f"), col("first").equalTo(col("f.article_id")))
                    .join(compared.as("s"), col("second").equalTo(col("s.article_id")))
                    .where(similarity.geq(threshold))
                    .select(col("f.article_id").as("first"), col("f.date").as("first_date"),
                            col("s.article_id").as("second"), col("s.date").as("second_date"));
            return Clusters.of(spark, pairs);
        } finally {
            candidates.unpersist();
        }
    }
}
