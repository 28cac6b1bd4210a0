package org.geostance.duplicates;

import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.geostance.output.Tables;
import scala.collection.Seq;

/**
 * Finds copies of one story (syndicated wire copy, republished article) with Spark MLlib's MinHash LSH over the
 * word shingles of each article, then groups the pairs into clusters ({@link Clusters}).
 *
 * <p>MinHash (the signatures of MLlib's model, over the shingles hashed into {@value #FEATURES} features) only
 * proposes candidate pairs, through the bands of {@link Banding}; the similarity kept is the exact Jaccard
 * similarity of the two shingle sets.
 */
public final class NearDuplicates {
    public static final StructType CLUSTERS_SCHEMA = new StructType()
            .add("article_id", StringType, false).add("cluster_id", StringType, false);

    private static final int FEATURES = 1 << 20;
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
        // MinHash needs set members as vector indices: each shingle hash folded into FEATURES slots.
        UserDefinedFunction features = udf((UDF1<Seq<Object>, Vector>) hashes -> {
            int[] indices = new int[hashes.size()];
            for (int i = 0; i < indices.length; i++) {
                indices[i] = Math.floorMod((Integer) hashes.apply(i), FEATURES);
            }
            indices = Arrays.stream(indices).sorted().distinct().toArray();
            double[] ones = new double[indices.length];
            Arrays.fill(ones, 1.0);
            return Vectors.sparse(FEATURES, indices, ones);
        }, SQLDataTypes.VectorType());
        // On disk: a million articles' vectors would otherwise hold gigabytes of the heap.
        Dataset<Row> vectors = articleShingles.withColumn("features", features.apply(col("shingles")))
                .persist(StorageLevel.DISK_ONLY());
        try {
            if (vectors.isEmpty()) {
                return spark.createDataFrame(List.of(), CLUSTERS_SCHEMA);
            }
            Banding banding = Banding.forThreshold(threshold);
            MinHashLSHModel model = new MinHashLSH().setNumHashTables(banding.hashes()).setSeed(SEED)
                    .setInputCol("features").setOutputCol("hashes").fit(vectors);
            UserDefinedFunction bandKeys = udf((UDF1<Seq<Vector>, Seq<String>>) hashes -> {
                double[] values = new double[hashes.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = hashes.apply(i).apply(0);
                }
                return Tables.seq(banding.keys(values));
            }, createArrayType(StringType, false));
            Dataset<Row> banded = model.transform(vectors)
                    .select(col("article_id"), explode(bandKeys.apply(col("hashes"))).as("band"));
            Dataset<Row> candidates = banded.as("a").join(banded.as("b"), col("a.band").equalTo(col("b.band"))
                            .and(col("a.article_id").lt(col("b.article_id"))))
                    .select(col("a.article_id").as("first"), col("b.article_id").as("second")).distinct();
            Dataset<Row> sets = vectors.select("article_id", "date", "shingles");
            Column similarity = size(array_intersect(col("f.shingles"), col("s.shingles")))
                    .divide(size(array_union(col("f.shingles"), col("s.shingles"))));
            List<Row> pairs = candidates
                    .join(sets.as("f"), col("first").equalTo(col("f.article_id")))
                    .join(sets.as("s"), col("second").equalTo(col("s.article_id")))
                    .where(similarity.geq(threshold))
                    .select(col("f.article_id"), col("f.date"), col("s.article_id"), col("s.date"))
                    .collectAsList();
            List<Clusters.Link> links = new ArrayList<>(pairs.size());
            List<Clusters.Member> members = new ArrayList<>(2 * pairs.size());
            for (Row pair : pairs) {
                links.add(new Clusters.Link(pair.getString(0), pair.getString(2)));
                members.add(new Clusters.Member(pair.getString(0), pair.getString(1)));
                members.add(new Clusters.Member(pair.getString(2), pair.getString(3)));
            }
            List<Row> rows = new ArrayList<>();
            for (Map.Entry<String, String> cluster : Clusters.of(links, members).entrySet()) {
                rows.add(RowFactory.create(cluster.getKey(), cluster.getValue()));
            }
            return spark.createDataFrame(rows, CLUSTERS_SCHEMA);
        } finally {
            vectors.unpersist();
        }
    }
}
