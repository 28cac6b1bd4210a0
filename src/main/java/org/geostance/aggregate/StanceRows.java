package org.geostance.aggregate;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The stance rows the period, source and holder aggregates read, each marked with whether the cross-outlet
 * aggregates count it (its article is a story's first copy, or every copy is kept): paragraph stances for the
 * counts and scores, article stances for the number of articles, one row per article × target, so that a count of
 * rows stands where a count of distinct article ids would cost an aggregation of its own.
 *
 * @param paragraphs paragraph_stance and {@link #POOLED}
 * @param articles   article_stance and {@link #POOLED}
 */
public record StanceRows(Dataset<Row> paragraphs, Dataset<Row> articles) {
    /** True on the rows the cross-outlet aggregates count. */
    static final String POOLED = "pooled";

    /**
     * @param articleTable   the articles table, which says which article is a story's first copy
     * @param keepDuplicates pool every copy of a story, not only the first
     */
    public static StanceRows of(Dataset<Row> paragraphStance, Dataset<Row> articleStance, Dataset<Row> articleTable,
                                boolean keepDuplicates) {
        Dataset<Row> paragraphs = paragraphStance.select("article_id", "source", "period", "target", "stance", "score",
                "holder", "holder_country");
        Dataset<Row> articles = articleStance.select("article_id", "source", "period", "target");
        if (keepDuplicates) {
            paragraphs = paragraphs.withColumn(POOLED, lit(true));
            articles = articles.withColumn(POOLED, lit(true));
        } else {
            Dataset<Row> firstCopies = articleTable.select(col("article_id"), pooled(false).as(POOLED));
            paragraphs = paragraphs.join(firstCopies, StanceAggregates.seq("article_id"));
            articles = articles.join(firstCopies, StanceAggregates.seq("article_id"));
        }
        // Kept for the period, source and holder tables, which would each join them again: the columns they read,
        // a few bytes a stance (the job's end clears the cache).
        return new StanceRows(paragraphs.persist(StorageLevel.MEMORY_AND_DISK()),
                articles.persist(StorageLevel.MEMORY_AND_DISK()));
    }

    /** Whether an articles-table row counts in the cross-outlet aggregates: a first copy, or every copy if kept. */
    static Column pooled(boolean keepDuplicates) {
        return keepDuplicates ? lit(true) : col("duplicate_of").isNull();
    }

    /** The paragraph stances the cross-outlet aggregates count, under their own source. */
    Dataset<Row> pooledParagraphs() {
        return paragraphs.where(col(POOLED)).drop(POOLED);
    }

    /**
     * Each row once under its own source and, when pooled, once more under source "*": one pass then groups both
     * an outlet's rows and the all-outlet ones.
     */
    static Dataset<Row> underEachSource(Dataset<Row> rows) {
        return rows.withColumn("source", explode(when(col(POOLED), array(col("source"), lit(StanceAggregates.ALL_SOURCES)))
                .otherwise(array(col("source")))));
    }
}
