package org.geostance.aggregate;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

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
        if (keepDuplicates) {
            return new StanceRows(paragraphStance.withColumn(POOLED, lit(true)),
                    articleStance.withColumn(POOLED, lit(true)));
        }
        Dataset<Row> firstCopies = articleTable.select(col("article_id"), col("duplicate_of").isNull().as(POOLED));
        return new StanceRows(paragraphStance.join(firstCopies, StanceAggregates.seq("article_id")),
                articleStance.join(firstCopies, StanceAggregates.seq("article_id")));
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
