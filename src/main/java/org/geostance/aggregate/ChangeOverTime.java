package org.geostance.aggregate;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.BooleanType;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF7;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The change columns of {@code period_stance} and the {@code shifts} table. A series is one source × target over
 * its dated periods in time order; the previous period is the latest earlier one with a paragraph about the
 * target (gaps are skipped, and named in {@code previous_period}). The {@code unknown} period has no place in time:
 * its change columns are empty and it never shifts.
 */
final class ChangeOverTime {
    /** Added to period_stance, in this order. */
    static final List<String> NAMES = List.of("previous_period", "previous_net_stance", "net_stance_delta",
            "previous_mean_score", "mean_score_delta", "rolling_net_stance", "rolling_mean_score", "significant_change");

    private static final UserDefinedFunction SIGNIFICANT = udf(
            (UDF7<Integer, Integer, Integer, Integer, Integer, Integer, Integer, Boolean>)
                    (n0, against0, favor0, n1, against1, favor1, minSupport) -> n0 != null && Change.significant(
                            new Change.Counts(n0, against0, favor0), new Change.Counts(n1, against1, favor1), minSupport),
            BooleanType);

    private ChangeOverTime() {}

    static Dataset<Row> addChange(Dataset<Row> periodStance, int minSupport) {
        Column dated = dated();
        WindowSpec series = series();
        // Paragraph-weighted, so that a period of two paragraphs does not count as much as one of fifty.
        WindowSpec lastThree = series.rowsBetween(-2, 0);
        Column paragraphs = sum("paragraphs_mentioning").over(lastThree);
        Column previousNet = lag("net_stance", 1).over(series);
        Column previousMean = lag("mean_score", 1).over(series);
        Column significant = SIGNIFICANT.apply(lag("paragraphs_mentioning", 1).over(series),
                lag("against", 1).over(series), lag("favor", 1).over(series), col("paragraphs_mentioning"),
                col("against"), col("favor"), lit(minSupport));
        return periodStance.select(col("*"),
                when(dated, lag("period", 1).over(series)).as("previous_period"),
                when(dated, previousNet).as("previous_net_stance"),
                when(dated, col("net_stance").minus(previousNet)).as("net_stance_delta"),
                when(dated, previousMean).as("previous_mean_score"),
                when(dated, col("mean_score").minus(previousMean)).as("mean_score_delta"),
                when(dated, sum(col("favor").minus(col("against"))).over(lastThree).divide(paragraphs))
                        .as("rolling_net_stance"),
                when(dated, sum(col("mean_score").multiply(col("paragraphs_mentioning"))).over(lastThree)
                        .divide(paragraphs)).as("rolling_mean_score"),
                when(dated, significant).otherwise(false).as("significant_change"));
    }

    /**
     * The significant changes of a period_stance table, each beside the period it is measured from: most recent
     * first, then the largest change of net stance first.
     */
    static Dataset<Row> shifts(Dataset<Row> periodStance) {
        // The period a change is measured from is the one before it in its series (previous_period): its columns
        // come from the same window as the change's, in one partition, where a join on it would cost a shuffle more.
        WindowSpec series = series();
        Dataset<Row> withPrevious = periodStance.repartition(1).select(col("*"),
                lag("paragraphs_mentioning", 1).over(series).as("previous_paragraphs"),
                lag("against_share", 1).over(series).as("previous_against_share"),
                lag("against_low", 1).over(series).as("previous_against_low"),
                lag("against_high", 1).over(series).as("previous_against_high"),
                lag("favor_share", 1).over(series).as("previous_favor_share"),
                lag("favor_low", 1).over(series).as("previous_favor_low"),
                lag("favor_high", 1).over(series).as("previous_favor_high"));
        Column delta = col("net_stance_delta");
        Dataset<Row> shifts = withPrevious.where(col("significant_change"))
                .select(col("source"), col("target"), col("previous_period"), col("period"),
                        col("previous_paragraphs"), col("paragraphs_mentioning").as("paragraphs"),
                        col("previous_against_share"), col("previous_against_low"), col("previous_against_high"),
                        col("against_share"), col("against_low"), col("against_high"),
                        col("previous_favor_share"), col("previous_favor_low"), col("previous_favor_high"),
                        col("favor_share"), col("favor_low"), col("favor_high"),
                        col("previous_net_stance"), col("net_stance"), delta,
                        when(delta.lt(0), "more against").when(delta.gt(0), "more favor").otherwise("net unchanged")
                                .as("direction"));
        // A short list read from the top: one file keeps its order for every reader.
        return shifts.sortWithinPartitions(col("period").desc(), abs(delta).desc(), col("source"), col("target"));
    }

    /** The unknown period has no place in time: it is a series of its own, and has no change columns. */
    private static Column dated() {
        return col("period").notEqual(lit(PeriodUnit.UNKNOWN));
    }

    /** One source × target's periods in time order. */
    private static WindowSpec series() {
        return Window.partitionBy(col("source"), col("target"), dated()).orderBy("period");
    }
}
