package org.geostance.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.geostance.testing.CsvRoundTrip;
import org.geostance.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.collection.JavaConverters;

/** The CSV export read back by an independent parser: quoting, white space, formulas, arrays and nulls. */
class TableWriterTest {
    private static final StructType SCHEMA = new StructType(new StructField[] {
        new StructField("text", DataTypes.StringType, true, Metadata.empty()),
        new StructField("list", DataTypes.createArrayType(DataTypes.StringType, false), true, Metadata.empty()),
        new StructField("number", DataTypes.DoubleType, true, Metadata.empty()),
        new StructField("flag", DataTypes.BooleanType, true, Metadata.empty())});

    private static final String[] CELLS = {
        "=1+1", "=HYPERLINK(\"http://example.invalid\",\"clic\")", "+33 1 23 45 67 89", "-2", "@SUM(A1:A9)",
        "\tstarts with a tab", "\rstarts with a carriage return", "a, b, c", "il a dit \"non\"", "\"", "\"\"",
        "line 1\nline 2", "line 1\r\nline 2", "old\rmac", "  leading and trailing spaces  ", " =space then equals",
        "", "'already quoted", "«\u00A0guillemets\u00A0» et \u202F", "emoji 😀 ‏bidi‎ \u200Bzw", "; semicolon",
        "trailing backslash \\", "\\\"escaped\"", "#NAME?", "null", "NULL"
    };

    @TempDir
    Path workspace;

    @Test
    void csvReadsBackLikeParquetAndNoCellCanStartAFormula() throws IOException {
        SparkSession spark = SharedSpark.session();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < CELLS.length; i++) {
            String other = CELLS[(i + 1) % CELLS.length];
            rows.add(RowFactory.create(CELLS[i], JavaConverters.asScalaBuffer(List.of(CELLS[i], other)).toSeq(),
                    i % 2 == 0 ? -0.5 * i : 1.0 / (i + 1), i % 3 == 0));
        }
        rows.add(RowFactory.create(null, null, null, null));
        rows.add(RowFactory.create("empty list", JavaConverters.asScalaBuffer(List.<String>of()).toSeq(), 0.0, false));
        Dataset<Row> table = spark.createDataFrame(rows, SCHEMA);

        TableWriter writer = new TableWriter(new org.apache.hadoop.fs.Path(workspace.toUri()), true, new Configuration());
        writer.write("cells", table);

        Path csv = workspace.resolve("csv").resolve("cells.csv");
        CsvRoundTrip.assertSameAsParquet(spark.read().parquet(workspace.resolve("cells").toString()), csv);
        for (List<String> record : CsvRoundTrip.read(csv)) {
            for (String cell : record.subList(0, 2)) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                        .doesNotStartWith("\t").doesNotStartWith("\r").doesNotStartWith("-");
            }
        }
    }
}
