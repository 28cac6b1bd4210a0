package org.geostance.output;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.geostance.ingest.Article;
import org.geostance.ingest.ParseResult;
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
    public static final String ARTICLES = "articles";
    public static final String SOURCE_STANCE = "source_stance";
    public static final String SOURCE_COMPARISON = "source_comparison";
    public static final String SHIFTS = "shifts";
    public static final String HOLDER_STANCE = "holder_stance";
    public static final String INPUTS = "inputs";

    public static final StructType PARAGRAPHS_SCHEMA = schema(
            field("article_id", StringType), field("source", StringType), field("date", StringType),
            field("period", StringType), field("language", StringType), field("paragraph", IntegerType),
            field("text", StringType), field("targets", createArrayType(StringType, false)),
            // True when the paragraph was longer than TextAnalyzer.MAX_ANALYZED_CHARS and only its start was scored.
            field("truncated", BooleanType));

    public static final StructType PARAGRAPH_STANCE_SCHEMA = schema(
            field("article_id", StringType), field("source", StringType), field("date", StringType),
            field("period", StringType), field("language", StringType), field("paragraph", IntegerType),
            field("target", StringType), field("mentions", IntegerType), field("stance", StringType),
            field("score", DoubleType), field("confidence", DoubleType),
            field("evidence", createArrayType(StringType, false)), field("holder", StringType),
            field("holder_country", StringType));

    /** As parsed; the job adds the paragraphs' main language and the near-duplicate columns. */
    public static final StructType ARTICLES_SCHEMA = schema(
            field("article_id", StringType), field("source", StringType), field("date", StringType),
            field("period", StringType), field("title", StringType), field("url", StringType),
            field("language", StringType), field("paragraphs", IntegerType), field("charset", StringType),
            field("input", StringType));

    public static final StructType REJECTED_SCHEMA = schema(
            field("input", StringType), field("reason", StringType), field("detail", StringType));

    /** One row per input file: how it was decoded and what it gave, before duplicate ids are dropped. */
    public static final StructType INPUTS_SCHEMA = schema(
            field("input", StringType), field("charset", StringType), field("articles", IntegerType),
            field("rejected", IntegerType));

    private Tables() {}

    public static Row paragraphRow(Article article, int paragraph, String text, ParagraphScorer.Result result) {
        return RowFactory.create(paragraphValues(article, paragraph, text, result));
    }

    /** The cells of {@link #paragraphRow}, for a row that holds them among others. */
    public static Object[] paragraphValues(Article article, int paragraph, String text, ParagraphScorer.Result result) {
        List<String> targets = result.stances().stream().map(TargetStance::target).toList();
        return new Object[] {article.id(), article.source(), article.date(), article.period(), result.language(),
                paragraph, text, seq(targets), result.text().text().length() < text.length()};
    }

    /**
     * A paragraph_stance row's own cells, target to holder_country; the row starts with its paragraph's
     * article_id … paragraph.
     */
    public static Object[] stanceValues(TargetStance stance) {
        List<String> evidence = stance.evidence().stream().map(Evidence::describe).toList();
        return new Object[] {stance.target(), stance.mentions(), stance.stance().label(), stance.score(),
                stance.confidence(), seq(evidence), stance.holder(), stance.holderCountry()};
    }

    public static Row articleRow(Article article) {
        return RowFactory.create(article.id(), article.source(), article.date(), article.period(), article.title(),
                article.url(), article.language(), article.paragraphs().size(), article.charset(), article.input());
    }

    public static Row rejectedRow(Rejection rejection) {
        return RowFactory.create(rejection.input(), rejection.reason(), rejection.detail());
    }

    public static Row inputRow(ParseResult result) {
        return RowFactory.create(result.input(), result.charset(), result.articles().size(), result.rejections().size());
    }

    /** Array cells of a Row must be Scala sequences. */
    public static Seq<String> seq(List<String> values) {
        return JavaConverters.asScalaBuffer(values).toSeq();
    }

    private static StructField field(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }

    private static StructType schema(StructField... fields) {
        return new StructType(fields);
    }
}
