package org.geostance.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.collection.Seq;

/**
 * Reads a CSV export back with Apache Commons CSV (a parser independent of the Spark writer) and checks it holds
 * the same rows as the Parquet table, under the export's rules stated here on their own: arrays joined with
 * " | ", null as an empty cell, and a text cell that a spreadsheet would run as a formula (first character
 * = + - @ tab or carriage return) prefixed with a single quote.
 */
public final class CsvRoundTrip {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvRoundTrip() {}

    public static List<List<String>> read(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.parse(reader)) {
                rows.add(List.of(record.values()));
            }
            return rows;
        }
    }

    public static void assertSameAsParquet(Dataset<Row> parquet, Path csv) throws IOException {
        List<List<String>> records = read(csv);
        assertThat(records.get(0)).as(csv + " header").containsExactly(parquet.columns());
        List<String> actual = records.subList(1, records.size()).stream().map(CsvRoundTrip::line).sorted().toList();
        List<String> expected = parquet.collectAsList().stream().map(CsvRoundTrip::expectedCells).map(CsvRoundTrip::line)
                .sorted().toList();
        assertThat(actual).as(csv.toString()).containsExactlyElementsOf(expected);
    }

    /** The cells a spreadsheet should show for one Parquet row. */
    public static List<String> expectedCells(Row row) {
        List<String> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            Object value = row.get(i);
            if (value == null) {
                cells.add("");
            } else if (value instanceof Seq<?> seq) {
                cells.add(neutralised(seq.mkString(" | ")));
            } else if (value instanceof String text) {
                cells.add(neutralised(text));
            } else {
                cells.add(String.valueOf(value));
            }
        }
        return cells;
    }

    private static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** One comparable string per row; U+0001 cannot occur in a cell, the ingest replaces control characters. */
    private static String line(List<String> cells) {
        return String.join("\u0001", cells);
    }
}
