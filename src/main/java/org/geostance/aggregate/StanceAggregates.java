package org.geostance.aggregate;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RelationalGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * The comparison tables, computed from {@code paragraphs}, {@code paragraph_stance} and {@code articles} only (and
 * {@code article_stance}, itself computed from them), so that every aggregate can be recomputed from the paragraph
 * rows an analyst sees. Every aggregate of stances
 * carries the same counts, net stance, 95 % intervals and support flag ({@link UncertaintyColumns}).
 *
 * <p>Cross-outlet aggregates (source {@code "*"}, holder_stance) read the "pooled" paragraph stance of
 * {@link StanceRows}; an outlet's own rows always count its own copy of a story.
 */
public final class StanceAggregates {
    /** Net stance at or beyond which an article or period is called favor / against. */
    public static final double STANCE_THRESHOLD = 0.2;

    /** The source value of the rows that pool every outlet. */
    public static final String ALL_SOURCES = "*";

    /** The holder_country of the outlet's own voice (the engine's holder {@code author}). */
    public static final String AUTHOR = "author";

    /** The holder_country of a quoted speaker whose country the engine does not know. */
    public static final String UNKNOWN_COUNTRY = "unknown";

    private static final List<String> STANCE_COLUMNS = List.of("paragraphs_mentioning", "favor", "against", "neutral",
            "mean_score", "net_stance", "stance");

    private StanceAggregates() {}

    /**
     * One row per article × referenced target.
     *
     * @param articles the articles table, whose paragraph count of each article is its number of paragraph rows
     */
    public static Dataset<Row> articleStance(Dataset<Row> articles, Dataset<Row> paragraphStance, int minSupport) {
        Dataset<Row> totals = articles.select("article_id", "paragraphs");
        Dataset<Row> perTarget = aggregate(paragraphStance.groupBy("article_id", "source", "date", "period", "target"),
                sum("mentions").cast("int").as("mentions"));
        return finish(perTarget.join(totals, "article_id"), minSupport,
                List.of("article_id", "source", "date", "period", "target", "paragraphs", "mentions"))
                .sortWithinPartitions("article_id", "target");
    }

    /**
     * One row per period × source × target, plus rows with source "*" from the pooled paragraphs, with the change
     * from the previous period ({@link ChangeOverTime}).
     */
    public static Dataset<Row> periodStance(StanceRows rows, int minSupport) {
        Dataset<Row> periods = bySourceAndPooled(rows, "period", "source", "target");
        // Moved to one partition before the change columns' window, which then needs no shuffle of its own.
        return ChangeOverTime.addChange(finish(periods, minSupport, List.of("period", "source", "target", "articles"))
                .repartition(1), minSupport).sortWithinPartitions("period", "source", "target");
    }

    /** The significant changes of {@link #periodStance}, most recent first, largest first. */
    public static Dataset<Row> shifts(Dataset<Row> periodStance) {
        return ChangeOverTime.shifts(periodStance);
    }

    /** One row per source × target over the whole run, plus rows with source "*" from the pooled paragraphs. */
    public static Dataset<Row> sourceStance(StanceRows rows, int minSupport) {
        Dataset<Row> sources = bySourceAndPooled(rows, "source", "target");
        return sortedInOnePartition(finish(sources, minSupport, List.of("source", "target", "articles")), "source",
                "target");
    }

    /**
     * One row per period × holder country × target from the pooled paragraphs: whose words carry the stance. The
     * outlet's own voice is holder_country {@code author}; a quoted speaker of unknown country is {@code unknown}.
     */
    public static Dataset<Row> holderStance(StanceRows rows, int minSupport) {
        Dataset<Row> pooled = rows.pooledParagraphs();
        Column country = when(col("holder").equalTo(AUTHOR), AUTHOR)
                .otherwise(coalesce(col("holder_country"), lit(UNKNOWN_COUNTRY)));
        Dataset<Row> holders = aggregate(pooled.withColumn("holder_country", country)
                        .groupBy("period", "holder_country", "target"),
                // Sizes of sets rather than countDistinct, whose rewrite aggregates each distinct column apart, a
                // shuffle more; the same counts (both leave nulls out).
                size(collect_set("article_id")).cast("int").as("articles"),
                size(collect_set("source")).cast("int").as("sources"),
                array_sort(collect_set("holder")).as("holders"));
        return sortedInOnePartition(finish(holders, minSupport,
                List.of("period", "holder_country", "target", "articles", "sources", "holders")),
                "period", "holder_country", "target");
    }

    /** One row per article, one group of columns per target: {@code <CODE>_stance, _net_stance, _mentions}. */
    public static Dataset<Row> articleComparison(Dataset<Row> articles, Dataset<Row> articleStance,
                                                 List<String> targetCodes) {
        return wide(articles.select("article_id", "source", "date", "period"), "article_id", articleStance, targetCodes, List.of("stance", "net_stance", "mentions"),
                "mentions").sortWithinPartitions("article_id");
    }

    /**
     * One row per source (and "*"), one group of columns per target from {@link #sourceStance}:
     * {@code <CODE>_paragraphs, _stance, _net_stance}, the shares with their intervals, {@code _low_support}.
     *
     * @param articles the articles table, for the number of articles of each source
     */
    public static Dataset<Row> sourceComparison(Dataset<Row> articles, Dataset<Row> sourceStance,
                                                List<String> targetCodes, boolean keepDuplicates) {
        // Each article under its own source and, when counted once across outlets, under "*": one aggregation.
        // The row ("*", 0) keeps the all-outlet row when no article is counted.
        Dataset<Row> perSource = StanceRows.underEachSource(articles.select(col("source"), lit(1).as("article"),
                        StanceRows.pooled(keepDuplicates).as(StanceRows.POOLED)))
                .unionByName(articles.sparkSession().range(1)
                        .select(lit(ALL_SOURCES).as("source"), lit(0).as("article"), lit(false).as(StanceRows.POOLED)))
                .groupBy("source").agg(sum("article").cast("int").as("articles"));
        return sortedInOnePartition(wide(perSource, "source",
                sourceStance.withColumnRenamed("paragraphs_mentioning", "paragraphs"), targetCodes,
                List.of("paragraphs", "stance", "net_stance", "against_share", "against_low", "against_high",
                        "favor_share", "favor_low", "favor_high", "low_support"), "paragraphs"), "source");
    }

    /**
     * The articles table: the parsed articles with the language most of their paragraphs are in (ties: the
     * alphabetically first) and their near-duplicate cluster.
     *
     * @param articleRows the articles as parsed (language = the source's hint, or null)
     * @param clusters    article_id, cluster_id of every article that has a near-duplicate
     */
    public static Dataset<Row> articles(Dataset<Row> articleRows, Dataset<Row> paragraphs, Dataset<Row> clusters) {
        Dataset<Row> languages = paragraphs.groupBy("article_id", "language").agg(count(lit(1)).as("n"))
                .withColumn("rank", row_number().over(Window.partitionBy("article_id")
                        .orderBy(col("n").desc(), col("language"))))
                .where(col("rank").equalTo(1))
                .select(col("article_id"), col("language").as("main_language"));
        Column cluster = coalesce(col("cluster_id"), col("article_id"));
        List<Column> columns = new ArrayList<>();
        for (String name : articleRows.columns()) {
            columns.add(name.equals("language") ? coalesce(col("main_language"), col("language")).as("language")
                    : col(name));
        }
        columns.add(when(cluster.notEqual(col("article_id")), cluster).as("duplicate_of"));
        columns.add(cluster.as("cluster_id"));
        return articleRows.join(languages, seq("article_id"), "left").join(clusters, seq("article_id"), "left")
                .select(columns.toArray(new Column[0])).sortWithinPartitions("article_id");
    }

    /** The table with its period column set from its date in the given unit. */
    public static Dataset<Row> withPeriod(Dataset<Row> table, PeriodUnit unit) {
        UserDefinedFunction period = udf((UDF1<String, String>) unit::of, DataTypes.StringType);
        return table.withColumn("period", period.apply(col("date")));
    }

    /**
     * Groups the rows of each source, and the pooled rows under source "*", by the given keys, which must include
     * source. The articles of a group are its article stance rows: one per article, as every key is the article's.
     */
    private static Dataset<Row> bySourceAndPooled(StanceRows rows, String... keys) {
        Column[] groups = Arrays.stream(keys).map(functions::col).toArray(Column[]::new);
        Dataset<Row> articles = StanceRows.underEachSource(rows.articles()).groupBy(groups)
                .agg(count(lit(1)).cast("int").as("articles"));
        return aggregate(StanceRows.underEachSource(rows.paragraphs()).groupBy(groups)).join(articles, seq(keys));
    }

    /**
     * The given aggregates, then the stance counts, mean score and its standard deviation, and
     * paragraphs_mentioning, computed from the three stance counts so that it always equals their sum.
     */
    private static Dataset<Row> aggregate(RelationalGroupedDataset grouped, Column... leading) {
        List<Column> columns = new ArrayList<>(Arrays.asList(leading));
        columns.addAll(List.of(countOf("favor"), countOf("against"), countOf("neutral"), avg("score").as("mean_score"),
                stddev_samp("score").as(UncertaintyColumns.SCORE_SD)));
        return grouped.agg(columns.get(0), columns.subList(1, columns.size()).toArray(new Column[0]))
                .withColumn("paragraphs_mentioning", col("favor").plus(col("against")).plus(col("neutral")));
    }

    /** Net stance, the stance label and the uncertainty columns, after the given key columns. */
    private static Dataset<Row> finish(Dataset<Row> counts, int minSupport, List<String> keys) {
        Column net = col("favor").minus(col("against")).divide(col("paragraphs_mentioning"));
        Dataset<Row> labelled = counts.withColumn("net_stance", net)
                .withColumn("stance", when(col("net_stance").geq(STANCE_THRESHOLD), "favor")
                        .when(col("net_stance").leq(-STANCE_THRESHOLD), "against")
                        .otherwise("neutral"));
        List<Column> columns = new ArrayList<>();
        keys.forEach(key -> columns.add(col(key)));
        STANCE_COLUMNS.forEach(name -> columns.add(col(name)));
        columns.add(col(UncertaintyColumns.SCORE_SD));
        return UncertaintyColumns.add(labelled.select(columns.toArray(new Column[0])), minSupport);
    }

    /**
     * Keys joined with one group of columns per target, {@code <CODE>_<column>}; {@code countColumn} reads 0, not
     * empty, where the target is absent.
     */
    private static Dataset<Row> wide(Dataset<Row> keys, String key, Dataset<Row> perTarget, List<String> targetCodes,
                                     List<String> valueColumns, String countColumn) {
        // One aggregation with a conditional value per target and column: Spark's pivot aggregates twice (by key and
        // target, then by key), a shuffle more. perTarget has one row per key and target, so the value is that row's.
        List<Column> values = new ArrayList<>();
        for (String code : targetCodes) {
            for (String name : valueColumns) {
                values.add(first(when(col("target").equalTo(code), col(name)), true).as(code + "_" + name));
            }
        }
        Dataset<Row> wide = perTarget.groupBy(key)
                .agg(values.get(0), values.subList(1, values.size()).toArray(new Column[0]));
        List<Column> columns = new ArrayList<>();
        for (String name : keys.columns()) {
            columns.add(col(name));
        }
        for (String code : targetCodes) {
            for (String name : valueColumns) {
                String column = code + "_" + name;
                columns.add(name.equals(countColumn) ? coalesce(col(column), lit(0)).as(column) : col(column));
            }
        }
        return keys.join(wide, seq(key), "left").select(columns.toArray(new Column[0]));
    }

    /**
     * The table sorted inside one partition, for the tables of one row per period, source or holder country: a few
     * thousand rows however large the corpus, where a global sort would cost a sampling job of its own.
     */
    private static Dataset<Row> sortedInOnePartition(Dataset<Row> table, String... order) {
        return table.repartition(1).sortWithinPartitions(Arrays.stream(order).map(functions::col).toArray(Column[]::new));
    }

    private static Column countOf(String stance) {
        return sum(when(col("stance").equalTo(stance), 1).otherwise(0)).cast("int").as(stance);
    }

    static Seq<String> seq(String... names) {
        return JavaConverters.asScalaBuffer(List.of(names)).toSeq();
    }
}
