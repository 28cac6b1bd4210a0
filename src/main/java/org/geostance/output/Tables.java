package org.geostance.output;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.geostance.ingest.Article;
import org.geostance.ingest.Rejection;
import org.geostance.stance.Evidence;
import org.geostance.stance.ParagraphScorer;
import org.geostance.stance.TargetStance;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/** Names, schemas and row builders of the tables the job writes; the output contract in one place. */
public final class Tables {
    public static final String PARAGRAPHS = "paragraphs";
    public static final String PARAGRAPH_STANCE = "paragraph_stance";
    public static final String ARTICLE_STANCE = "article_stance";
    public static final String PERIOD_STANCE = "period_stance";
    public static final String ARTICLE_COMPARISON = "article_comparison";
    public static final String REJECTED = "rejected";

    public static final StructType PARAGRAPHS_SCHEMA = schema(
            field("article_id", StringType), field("source", StringType), field("date", StringType),
            field("period", StringType), field("language", StringType), field("paragraph", IntegerType),
            field("text", StringType), field("targets", createArrayType(StringType, false)));

    public static final StructType PARAGRAPH_STANCE_SCHEMA = schema(
            field("article_id", StringType), field("source", StringType), field("date", StringType),
            field("period", StringType), field("language", StringType), field("paragraph", IntegerType),
            field("target", StringType), field("mentions", IntegerType), field("stance", StringType),
            field("score", DoubleType), field("confidence", DoubleType),
            field("evidence", createArrayType(StringType, false)), field("holder", StringType),
            field("holder_country", StringType));

    public static final StructType REJECTED_SCHEMA = schema(
            field("input", StringType), field("reason", StringType), field("detail", StringType));

    private Tables() {}

    public static Row paragraphRow(Article article, int paragraph, String text, ParagraphScorer.Result result) {
        List<String> targets = result.stances().stream().map(TargetStance::target).toList();
        return RowFactory.create(article.id(), article.source(), article.date(), article.period(), result.language(),
                paragraph, text, seq(targets));
    }

    public static List<Row> stanceRows(Article article, int paragraph, ParagraphScorer.Result result) {
        List<Row> rows = new ArrayList<>(result.stances().size());
        for (TargetStance stance : result.stances()) {
            List<String> evidence = stance.evidence().stream().map(Evidence::describe).toList();
            rows.add(RowFactory.create(article.id(), article.source(), article.date(), article.period(),
                    result.language(), paragraph, stance.target(), stance.mentions(), stance.stance().label(),
                    stance.score(), stance.confidence(), seq(evidence), stance.holder(), stance.holderCountry()));
        }
        return rows;
    }

    public static Row rejectedRow(Rejection rejection) {
        return RowFactory.create(rejection.input(), rejection.reason(), rejection.detail());
    }

    /** Array cells of a Row must be Scala sequences. */
    private static Seq<String> seq(List<String> values) {
        return JavaConverters.asScalaBuffer(values).toSeq();
    }

    private static StructField field(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }

    private static StructType schema(StructField... fields) {
        return new StructType(fields);
    }
}
