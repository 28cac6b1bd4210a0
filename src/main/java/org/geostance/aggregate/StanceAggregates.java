package org.geostance.aggregate;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RelationalGroupedDataset;
import org.apache.spark.sql.Row;
import scala.collection.JavaConverters;

/**
 * The comparison tables, computed from {@code paragraphs} and {@code paragraph_stance} only, so that every
 * aggregate can be recomputed from the paragraph rows an analyst sees.
 */
public final class StanceAggregates {
    /** Net stance at or beyond which an article or period is called favor / against. */
    public static final double STANCE_THRESHOLD = 0.2;

    /** The source value of the rows that pool every outlet. */
    public static final String ALL_SOURCES = "*";

    private StanceAggregates() {}

    /** One row per article × referenced target. */
    public static Dataset<Row> articleStance(Dataset<Row> paragraphs, Dataset<Row> paragraphStance) {
        Dataset<Row> totals = paragraphs.groupBy("article_id").agg(count(lit(1)).cast("int").as("paragraphs"));
        Dataset<Row> perTarget = paragraphStance
                .groupBy("article_id", "source", "date", "period", "target")
                .agg(count(lit(1)).cast("int").as("paragraphs_mentioning"),
                        sum("mentions").cast("int").as("mentions"),
                        countOf("favor"), countOf("against"), countOf("neutral"),
                        avg("score").as("mean_score"));
        return withNetStance(perTarget.join(totals, "article_id"))
                .select("article_id", "source", "date", "period", "target", "paragraphs", "paragraphs_mentioning",
                        "mentions", "favor", "against", "neutral", "mean_score", "net_stance", "stance")
                .orderBy("article_id", "target");
    }

    /** One row per period × source × target, plus rows with source "*" that pool all outlets. */
    public static Dataset<Row> periodStance(Dataset<Row> paragraphStance) {
        Dataset<Row> bySource = periodAggregate(paragraphStance.groupBy("period", "source", "target"));
        Dataset<Row> pooled = periodAggregate(paragraphStance.withColumn("source", lit(ALL_SOURCES))
                .groupBy("period", "source", "target"));
        return bySource.unionByName(pooled).orderBy("period", "source", "target");
    }

    /** One row per article, one group of columns per target: {@code <CODE>_stance, _net_stance, _mentions}. */
    public static Dataset<Row> articleComparison(Dataset<Row> paragraphs, Dataset<Row> articleStance,
                                                 List<String> targetCodes) {
        Dataset<Row> articles = paragraphs.select("article_id", "source", "date", "period").distinct();
        List<Object> pivotValues = new ArrayList<>(targetCodes);
        Dataset<Row> wide = articleStance.groupBy("article_id")
                .pivot("target", pivotValues)
                .agg(first("stance").as("stance"), first("net_stance").as("net_stance"),
                        first("mentions").as("mentions"));
        Dataset<Row> joined = articles.join(wide, JavaConverters.asScalaBuffer(List.of("article_id")).toSeq(), "left");
        List<Column> columns = new ArrayList<>(List.of(col("article_id"), col("source"), col("date"), col("period")));
        for (String code : targetCodes) {
            columns.add(col(code + "_stance"));
            columns.add(col(code + "_net_stance"));
            // No reference is zero mentions, not unknown.
            columns.add(zeroIfMissing(code + "_mentions"));
        }
        return joined.select(columns.toArray(new Column[0])).orderBy("article_id");
    }

    private static Column zeroIfMissing(String name) {
        return coalesce(col(name), lit(0)).as(name);
    }

    private static Dataset<Row> periodAggregate(RelationalGroupedDataset grouped) {
        Dataset<Row> counts = grouped.agg(countDistinct("article_id").cast("int").as("articles"),
                count(lit(1)).cast("int").as("paragraphs_mentioning"),
                countOf("favor"), countOf("against"), countOf("neutral"),
                avg("score").as("mean_score"));
        return withNetStance(counts).select("period", "source", "target", "articles", "paragraphs_mentioning",
                "favor", "against", "neutral", "mean_score", "net_stance", "stance");
    }

    private static Column countOf(String stance) {
        return sum(when(col("stance").equalTo(stance), 1).otherwise(0)).cast("int").as(stance);
    }

    private static Dataset<Row> withNetStance(Dataset<Row> counts) {
        Column net = col("favor").minus(col("against")).divide(col("paragraphs_mentioning"));
        return counts.withColumn("net_stance", net)
                .withColumn("stance", when(col("net_stance").geq(STANCE_THRESHOLD), "favor")
                        .when(col("net_stance").leq(-STANCE_THRESHOLD), "against")
                        .otherwise("neutral"));
    }
}
