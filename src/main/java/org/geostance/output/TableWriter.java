package org.geostance.output;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/** Writes a table as Parquet and, on request, as one spreadsheet-safe UTF-8 CSV file. */
public final class TableWriter {
    /** Joins array cells in CSV, where a list has no type of its own. */
    public static final String ARRAY_SEPARATOR = " | ";

    // Cells a spreadsheet would read as a formula (OWASP "CSV injection"): prefixed with a quote, as Excel-safe
    // exporters do, so the text shows as typed and never runs.
    private static final String FORMULA_START = "^[=+\\-@\\t\\r]";

    private final Path root;
    private final boolean csv;
    private final Configuration hadoopConf;

    public TableWriter(Path root, boolean csv, Configuration hadoopConf) {
        this.root = root;
        this.csv = csv;
        this.hadoopConf = hadoopConf;
    }

    /**
     * Writes the table and returns it as written: read back from its Parquet files, so that a table built on it
     * neither recomputes it nor needs it cached. (The CSV is written from the table itself: the Parquet files, read
     * back, need not come in the table's row order.) The schema is the table's own: inferring it from the files
     * would cost a Spark job per table.
     */
    public Dataset<Row> write(String name, Dataset<Row> table) throws IOException {
        String parquet = new Path(root, name).toString();
        table.write().mode(SaveMode.ErrorIfExists).parquet(parquet);
        if (csv) {
            writeCsv(name, table);
        }
        return table.sparkSession().read().schema(table.schema()).parquet(parquet);
    }

    /**
     * Rows of a table as written, summed from its Parquet files' footers on this JVM: a Spark count would cost a
     * job per table for the same numbers.
     */
    public long rowsWritten(String name) throws IOException {
        Path table = new Path(root, name);
        FileSystem fs = table.getFileSystem(hadoopConf);
        long rows = 0;
        for (FileStatus part : fs.listStatus(table, path -> path.getName().startsWith("part-"))) {
            try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(part, hadoopConf))) {
                rows += reader.getRecordCount();
            }
        }
        return rows;
    }

    public Path csvPath(String name) {
        return new Path(new Path(root, "csv"), name + ".csv");
    }

    private void writeCsv(String name, Dataset<Row> table) throws IOException {
        Path parts = new Path(new Path(root, "csv"), "." + name + ".parts");
        spreadsheetSafe(table).coalesce(1).write()
                .option("header", "true")
                .option("encoding", "UTF-8")
                .option("escape", "\"")
                .option("nullValue", "")
                // Spark trims cells on write by default: " =1+1" would lose its space and become a formula.
                .option("ignoreLeadingWhiteSpace", "false")
                .option("ignoreTrailingWhiteSpace", "false")
                .mode(SaveMode.ErrorIfExists)
                .csv(parts.toString());
        FileSystem fs = parts.getFileSystem(hadoopConf);
        for (FileStatus status : fs.listStatus(parts)) {
            if (status.getPath().getName().startsWith("part-")) {
                if (!fs.rename(status.getPath(), csvPath(name))) {
                    throw new IOException("could not move " + status.getPath() + " to " + csvPath(name));
                }
            }
        }
        fs.delete(parts, true);
    }

    /** Arrays joined with {@link #ARRAY_SEPARATOR}; text cells that could start a formula neutralised. */
    static Dataset<Row> spreadsheetSafe(Dataset<Row> table) {
        List<Column> columns = new ArrayList<>();
        for (StructField field : table.schema().fields()) {
            Column column = col(field.name());
            if (field.dataType() instanceof ArrayType) {
                column = concat_ws(ARRAY_SEPARATOR, column);
            }
            if (field.dataType() instanceof ArrayType || field.dataType().equals(DataTypes.StringType)) {
                column = when(column.rlike(FORMULA_START), concat(lit("'"), column)).otherwise(column);
            }
            columns.add(column.as(field.name()));
        }
        return table.select(columns.toArray(new Column[0]));
    }
}
