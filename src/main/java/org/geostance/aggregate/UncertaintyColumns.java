package org.geostance.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.types.DataTypes.DoubleType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.StructType;

/** Spark's side of {@link Uncertainty}: the interval and support columns every aggregate table carries. */
final class UncertaintyColumns {
    /** Added to each aggregate, in this order. */
    static final List<String> NAMES = List.of("against_share", "against_low", "against_high", "favor_share",
            "favor_low", "favor_high", "mean_score_low", "mean_score_high", "low_support");

    /** The sample standard deviation of the scores, which an aggregate computes for the mean's interval. */
    static final String SCORE_SD = "score_sd";

    private static final StructType INTERVAL = new StructType()
            .add("estimate", DoubleType, false).add("low", DoubleType, false).add("high", DoubleType, false);

    private static final UserDefinedFunction SHARE = udf(
            (UDF2<Integer, Integer, Row>) (k, n) -> row(Uncertainty.share(k, n)), INTERVAL);

    // One score has no standard deviation (Spark gives null); the interval is then the whole range anyway.
    private static final UserDefinedFunction MEAN = udf(
            (UDF3<Integer, Double, Double, Row>) (n, mean, sd) -> row(Uncertainty.meanScore(n, mean, sd == null ? 0 : sd)),
            INTERVAL);

    private UncertaintyColumns() {}

    /**
     * Adds {@link #NAMES} to a table of counts with {@code paragraphs_mentioning}, {@code favor}, {@code against},
     * {@code mean_score} and {@link #SCORE_SD}, which it drops.
     */
    static Dataset<Row> add(Dataset<Row> counts, int minSupport) {
        Column n = col("paragraphs_mentioning");
        List<Column> columns = new ArrayList<>();
        for (String name : counts.columns()) {
            if (!name.equals(SCORE_SD)) {
                columns.add(col(name));
            }
        }
        Column against = SHARE.apply(col("against"), n);
        Column favor = SHARE.apply(col("favor"), n);
        Column mean = MEAN.apply(n, col("mean_score"), col(SCORE_SD));
        columns.add(against.getField("estimate").as("against_share"));
        columns.add(against.getField("low").as("against_low"));
        columns.add(against.getField("high").as("against_high"));
        columns.add(favor.getField("estimate").as("favor_share"));
        columns.add(favor.getField("low").as("favor_low"));
        columns.add(favor.getField("high").as("favor_high"));
        columns.add(mean.getField("low").as("mean_score_low"));
        columns.add(mean.getField("high").as("mean_score_high"));
        columns.add(n.lt(minSupport).as("low_support"));
        return counts.select(columns.toArray(new Column[0]));
    }

    private static Row row(Uncertainty.Interval interval) {
        return RowFactory.create(interval.estimate(), interval.low(), interval.high());
    }
}
