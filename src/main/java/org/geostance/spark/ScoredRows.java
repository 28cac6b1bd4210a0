package org.geostance.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.geostance.duplicates.NearDuplicates;
import org.geostance.duplicates.Shingles;
import org.geostance.ingest.Article;
import org.geostance.ingest.Rejection;
import org.geostance.output.Tables;
import org.geostance.stance.ParagraphScorer;
import org.geostance.stance.TargetStance;
import scala.collection.JavaConverters;

/**
 * The one table the scoring pass produces, from which {@code paragraphs}, {@code paragraph_stance},
 * {@code rejected}, {@code inputs}, the parsed part of {@code articles} and the run's counts are all read: one
 * scan of the input, one cached result. A row is a scored paragraph with its stances nested, a scored article's
 * metadata, a rejected input, or a file's row of the inputs table with its count of items read (so that the
 * counts reconcile from data, not from accumulators that a retried task would count twice). The first paragraph
 * of an article also carries the article's paragraph count, which the paragraphs table must match. Built from the
 * schemas in {@link Tables}, so a column added there flows through. Rows are built in Spark's internal form: the
 * generic Row → UnsafeRow encoder of {@code createDataFrame}, which checks every cell's class, took a tenth of the
 * scoring stage (JFR).
 */
final class ScoredRows {
    static final String KIND = "kind";
    static final String STANCES = "stances";
    static final String ITEMS_READ = "items_read";
    static final String ARTICLE_PARAGRAPHS = "article_paragraphs";
    static final String PARAGRAPH = "paragraph";
    static final String REJECTED = "rejected";
    static final String FILE = "file";
    static final String ARTICLE = "article";
    /** An article's shingle hashes ({@link Shingles#hashes}), for near-duplicate detection; not an output column. */
    static final String SHINGLES = "shingles";

    /**
     * Parquet writer options of this table: no dictionary for the columns whose values almost never repeat (shingle
     * hashes, paragraph texts), where building one only to drop it cost a tenth of the scoring stage (JFR).
     */
    static final Map<String, String> WRITE_OPTIONS = Map.of(
            "parquet.enable.dictionary#" + SHINGLES + ".list.element", "false",
            "parquet.enable.dictionary#text", "false");

    /** articles = the paragraph's first columns (article_id … period), then the article's own, nested. */
    private static final int ARTICLE_SHARED_COLUMNS = 4;

    /** paragraph_stance = the paragraph's first columns (article_id … paragraph), then the stance's own. */
    private static final int SHARED_COLUMNS = 6;

    static final StructType STANCE_SCHEMA;
    static final StructType ARTICLE_SCHEMA;
    static final StructType SCHEMA;

    static {
        StructField[] paragraph = Tables.PARAGRAPHS_SCHEMA.fields();
        STANCE_SCHEMA = ownColumns("paragraph_stance", Tables.PARAGRAPH_STANCE_SCHEMA, SHARED_COLUMNS);
        ARTICLE_SCHEMA = ownColumns("articles", Tables.ARTICLES_SCHEMA, ARTICLE_SHARED_COLUMNS);
        List<StructField> fields = new ArrayList<>();
        fields.add(field(KIND, DataTypes.StringType));
        fields.addAll(Arrays.asList(paragraph));
        fields.add(field(STANCES, DataTypes.createArrayType(STANCE_SCHEMA, false)));
        fields.addAll(Arrays.asList(Tables.REJECTED_SCHEMA.fields()));
        fields.add(field(ITEMS_READ, DataTypes.LongType));
        fields.add(field(ARTICLE_PARAGRAPHS, DataTypes.IntegerType));
        // The inputs table's columns; its first, input, is the rejected table's.
        fields.addAll(Arrays.asList(Arrays.copyOfRange(Tables.INPUTS_SCHEMA.fields(), 1, Tables.INPUTS_SCHEMA.size())));
        fields.add(field(ARTICLE, ARTICLE_SCHEMA));
        fields.add(field(SHINGLES, DataTypes.createArrayType(DataTypes.IntegerType, false)));
        SCHEMA = new StructType(fields.toArray(new StructField[0]));
    }

    private ScoredRows() {}

    /** The columns of a table after the ones it shares with {@code paragraphs}, which must come first. */
    private static StructType ownColumns(String table, StructType schema, int shared) {
        StructField[] paragraph = Tables.PARAGRAPHS_SCHEMA.fields();
        StructField[] fields = schema.fields();
        for (int i = 0; i < shared; i++) {
            if (!paragraph[i].equals(fields[i])) {
                throw new IllegalStateException(table + " must start with the paragraph's columns: "
                        + paragraph[i] + " vs " + fields[i]);
            }
        }
        return new StructType(Arrays.copyOfRange(fields, shared, fields.length));
    }

    static InternalRow paragraph(Article article, int number, String text, ParagraphScorer.Result result) {
        Object[] paragraph = Tables.paragraphValues(article, number, text, result);
        List<Row> stances = new ArrayList<>(result.stances().size());
        for (TargetStance stance : result.stances()) {
            stances.add(RowFactory.create(Tables.stanceValues(stance)));
        }
        Object[] values = new Object[SCHEMA.size()];
        values[0] = PARAGRAPH;
        System.arraycopy(paragraph, 0, values, 1, paragraph.length);
        values[1 + paragraph.length] = JavaConverters.asScalaBuffer(stances).toSeq();
        if (number == 1) {
            values[SCHEMA.fieldIndex(ARTICLE_PARAGRAPHS)] = article.paragraphs().size();
        }
        return internal(values);
    }

    /** @param results the article's scored paragraphs, whose tokens give its shingles */
    static InternalRow article(Article article, List<ParagraphScorer.Result> results) {
        Row row = Tables.articleRow(article);
        Object[] values = new Object[SCHEMA.size()];
        values[0] = ARTICLE;
        for (int i = 0; i < ARTICLE_SHARED_COLUMNS; i++) {
            values[1 + i] = row.get(i);
        }
        Object[] own = new Object[ARTICLE_SCHEMA.size()];
        for (int i = 0; i < own.length; i++) {
            own[i] = row.get(ARTICLE_SHARED_COLUMNS + i);
        }
        values[SCHEMA.fieldIndex(ARTICLE)] = RowFactory.create(own);
        values[SCHEMA.fieldIndex(SHINGLES)] = UnsafeArrayData.fromPrimitiveArray(Shingles.hashes(article.paragraphs(),
                results.stream().map(ParagraphScorer.Result::text).toList()));
        return internal(values);
    }

    static InternalRow rejected(Rejection rejection) {
        Row rejected = Tables.rejectedRow(rejection);
        Object[] values = new Object[SCHEMA.size()];
        values[0] = REJECTED;
        int first = SCHEMA.fieldIndex(Tables.REJECTED_SCHEMA.fields()[0].name());
        for (int i = 0; i < rejected.size(); i++) {
            values[first + i] = rejected.get(i);
        }
        return internal(values);
    }

    /** @param input a row of {@link Tables#INPUTS_SCHEMA} */
    static InternalRow fileRead(Row input) {
        Object[] values = new Object[SCHEMA.size()];
        values[0] = FILE;
        for (int i = 0; i < input.size(); i++) {
            values[SCHEMA.fieldIndex(Tables.INPUTS_SCHEMA.fields()[i].name())] = input.get(i);
        }
        values[SCHEMA.fieldIndex(ITEMS_READ)] = (long) input.getInt(Tables.INPUTS_SCHEMA.fieldIndex("articles"))
                + input.getInt(Tables.INPUTS_SCHEMA.fieldIndex("rejected"));
        return internal(values);
    }

    /** A row of {@link #SCHEMA} from its cells as a Row holds them (strings, Scala sequences, nested Rows). */
    private static InternalRow internal(Object[] values) {
        Object[] converted = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            converted[i] = CatalystTypeConverters.convertToCatalyst(values[i]);
        }
        return new GenericInternalRow(converted);
    }

    static Dataset<Row> paragraphs(Dataset<Row> scored) {
        return scored.where(col(KIND).equalTo(PARAGRAPH)).select(columns(Tables.PARAGRAPHS_SCHEMA.fieldNames(), ""));
    }

    static Dataset<Row> paragraphStance(Dataset<Row> scored) {
        String[] names = Tables.PARAGRAPH_STANCE_SCHEMA.fieldNames();
        List<Column> exploded = new ArrayList<>(Arrays.asList(columns(Arrays.copyOf(names, SHARED_COLUMNS), "")));
        exploded.add(explode(col(STANCES)).as("s"));
        List<Column> flat = new ArrayList<>(Arrays.asList(columns(Arrays.copyOf(names, SHARED_COLUMNS), "")));
        flat.addAll(Arrays.asList(columns(STANCE_SCHEMA.fieldNames(), "s.")));
        return scored.where(col(KIND).equalTo(PARAGRAPH)).select(exploded.toArray(new Column[0]))
                .select(flat.toArray(new Column[0]));
    }

    static Dataset<Row> articles(Dataset<Row> scored) {
        String[] names = Tables.ARTICLES_SCHEMA.fieldNames();
        List<Column> columns = new ArrayList<>(Arrays.asList(columns(Arrays.copyOf(names, ARTICLE_SHARED_COLUMNS), "")));
        columns.addAll(Arrays.asList(columns(ARTICLE_SCHEMA.fieldNames(), ARTICLE + ".")));
        return scored.where(col(KIND).equalTo(ARTICLE)).select(columns.toArray(new Column[0]));
    }

    /** article_id, date, shingles: the input of {@link NearDuplicates#clusters}. */
    static Dataset<Row> articleShingles(Dataset<Row> scored) {
        return scored.where(col(KIND).equalTo(ARTICLE)).select("article_id", "date", SHINGLES);
    }

    static Dataset<Row> rejections(Dataset<Row> scored) {
        return scored.where(col(KIND).equalTo(REJECTED)).select(columns(Tables.REJECTED_SCHEMA.fieldNames(), ""));
    }

    static Dataset<Row> inputs(Dataset<Row> scored) {
        return scored.where(col(KIND).equalTo(FILE)).select(columns(Tables.INPUTS_SCHEMA.fieldNames(), ""));
    }

    private static Column[] columns(String[] names, String prefix) {
        return Arrays.stream(names).map(name -> col(prefix + name).as(name)).toArray(Column[]::new);
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }
}
