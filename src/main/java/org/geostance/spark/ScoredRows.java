package org.geostance.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.geostance.ingest.Article;
import org.geostance.ingest.Rejection;
import org.geostance.output.Tables;
import org.geostance.stance.ParagraphScorer;
import scala.collection.JavaConverters;

/**
 * The one table the scoring pass produces, from which {@code paragraphs}, {@code paragraph_stance},
 * {@code rejected} and the run's counts are all read: one scan of the input, one cached result. A row is a
 * scored paragraph with its stances nested, a rejected input, or a file's count of items read (so that the
 * counts reconcile from data, not from accumulators that a retried task would count twice). Built from the
 * schemas in {@link Tables}, so a column added there flows through.
 */
final class ScoredRows {
    static final String KIND = "kind";
    static final String STANCES = "stances";
    static final String ITEMS_READ = "items_read";
    static final String PARAGRAPH = "paragraph";
    static final String REJECTED = "rejected";
    static final String FILE = "file";

    /** paragraph_stance = the paragraph's first columns (article_id … paragraph), then the stance's own. */
    private static final int SHARED_COLUMNS = 6;

    static final StructType STANCE_SCHEMA;
    static final StructType SCHEMA;

    static {
        StructField[] paragraph = Tables.PARAGRAPHS_SCHEMA.fields();
        StructField[] stance = Tables.PARAGRAPH_STANCE_SCHEMA.fields();
        for (int i = 0; i < SHARED_COLUMNS; i++) {
            if (!paragraph[i].equals(stance[i])) {
                throw new IllegalStateException("paragraph_stance must start with the paragraph's columns: "
                        + paragraph[i] + " vs " + stance[i]);
            }
        }
        STANCE_SCHEMA = new StructType(Arrays.copyOfRange(stance, SHARED_COLUMNS, stance.length));
        List<StructField> fields = new ArrayList<>();
        fields.add(field(KIND, DataTypes.StringType));
        fields.addAll(Arrays.asList(paragraph));
        fields.add(field(STANCES, DataTypes.createArrayType(STANCE_SCHEMA, false)));
        fields.addAll(Arrays.asList(Tables.REJECTED_SCHEMA.fields()));
        fields.add(field(ITEMS_READ, DataTypes.LongType));
        SCHEMA = new StructType(fields.toArray(new StructField[0]));
    }

    private ScoredRows() {}

    static Row paragraph(Article article, int number, String text, ParagraphScorer.Result result) {
        Row paragraph = Tables.paragraphRow(article, number, text, result);
        List<Row> stances = new ArrayList<>();
        for (Row stance : Tables.stanceRows(article, number, result)) {
            Object[] values = new Object[STANCE_SCHEMA.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = stance.get(SHARED_COLUMNS + i);
            }
            stances.add(RowFactory.create(values));
        }
        Object[] values = new Object[SCHEMA.size()];
        values[0] = PARAGRAPH;
        for (int i = 0; i < paragraph.size(); i++) {
            values[1 + i] = paragraph.get(i);
        }
        values[1 + paragraph.size()] = JavaConverters.asScalaBuffer(stances).toSeq();
        return RowFactory.create(values);
    }

    static Row rejected(Rejection rejection) {
        Row rejected = Tables.rejectedRow(rejection);
        Object[] values = new Object[SCHEMA.size()];
        values[0] = REJECTED;
        int first = SCHEMA.fieldIndex(Tables.REJECTED_SCHEMA.fields()[0].name());
        for (int i = 0; i < rejected.size(); i++) {
            values[first + i] = rejected.get(i);
        }
        return RowFactory.create(values);
    }

    static Row fileRead(String input, long items) {
        Object[] values = new Object[SCHEMA.size()];
        values[0] = FILE;
        values[SCHEMA.fieldIndex(Tables.REJECTED_SCHEMA.fields()[0].name())] = input;
        values[SCHEMA.fieldIndex(ITEMS_READ)] = items;
        return RowFactory.create(values);
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

    static Dataset<Row> rejections(Dataset<Row> scored) {
        return scored.where(col(KIND).equalTo(REJECTED)).select(columns(Tables.REJECTED_SCHEMA.fieldNames(), ""));
    }

    private static Column[] columns(String[] names, String prefix) {
        return Arrays.stream(names).map(name -> col(prefix + name).as(name)).toArray(Column[]::new);
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }
}
