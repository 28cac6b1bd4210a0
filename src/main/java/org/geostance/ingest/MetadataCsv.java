package org.geostance.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads article metadata from a CSV file with a header row naming the columns {@code article_id} (or {@code id}),
 * and optionally {@code source}, {@code date}, {@code title}, {@code url}; other columns are ignored.
 * RFC 4180 quoting; comma-separated, or semicolon-separated when the header has more semicolons than commas (as
 * spreadsheets write in French locales); the charset is detected like an article's.
 */
public final class MetadataCsv {

    private record Row(int line, List<String> fields) {
    }

    private MetadataCsv() {
    }

    /**
     * @return metadata by article id, in file order
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException naming the file and line when the content is malformed (bad quoting, wrong
     *                                  field count, missing or duplicate article id, invalid date, no id column)
     */
    public static Map<String, ArticleMetadata> read(Path csv) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(csv);
        } catch (IOException e) {
            throw new IOException("cannot read metadata file " + csv + ": " + e, e);
        }
        String text;
        try {
            text = TextDecoder.decode(bytes).text();
        } catch (Rejected r) {
            throw new IllegalArgumentException("metadata file " + csv + " " + r.getMessage());
        }
        List<Row> rows = rows(csv, text, delimiter(text));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("metadata file " + csv
                    + " is empty; expected a header row such as article_id,source,date,title,url");
        }
        Row header = rows.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && columns.put(name, i) != null) {
                throw malformed(csv, header.line(), "column '" + name + "' appears twice in the header");
            }
        }
        Integer idColumn = columns.containsKey("article_id") ? columns.get("article_id") : columns.get("id");
        if (idColumn == null) {
            throw malformed(csv, header.line(), "the header has no article_id column");
        }
        Map<String, ArticleMetadata> byId = new LinkedHashMap<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() != header.fields().size()) {
                throw malformed(csv, row.line(), "expected " + header.fields().size() + " fields as in the header, found "
                        + row.fields().size());
            }
            ArticleMetadata meta;
            try {
                meta = new ArticleMetadata(row.fields().get(idColumn), cell(row, columns, "source"),
                        cell(row, columns, "date"), cell(row, columns, "title"), cell(row, columns, "url"));
            } catch (IllegalArgumentException e) {
                throw malformed(csv, row.line(), e.getMessage());
            }
            Integer first = lineOfId.putIfAbsent(meta.articleId(), row.line());
            if (first != null) {
                throw malformed(csv, row.line(), "article id '" + meta.articleId() + "' was already given on line " + first);
            }
            byId.put(meta.articleId(), meta);
        }
        return Collections.unmodifiableMap(byId);
    }

    private static String cell(Row row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? null : row.fields().get(index);
    }

    private static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        for (int i = 0; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
            if (text.charAt(i) == ',') {
                commas++;
            } else if (text.charAt(i) == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** RFC 4180 records with the line each starts on; quoted fields may span lines. Blank lines are skipped. */
    private static List<Row> rows(Path csv, String text, char delimiter) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean inQuotes = false;
        boolean fieldQuoted = false;
        boolean afterClosingQuote = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n'));
            if (inQuotes) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                    afterClosingQuote = true;
                } else {
                    field.append(c);
                    line += lineBreak ? 1 : 0;
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldQuoted = false;
                afterClosingQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (lineBreak) {
                    endRow(rows, rowLine, fields, field, fieldQuoted);
                    fieldQuoted = false;
                    afterClosingQuote = false;
                    line++;
                    rowLine = line;
                }
            } else if (c == '"') {
                if (field.length() > 0 || fieldQuoted) {
                    throw malformed(csv, line, "a quote inside an unquoted field (quote the field and double the quote)");
                }
                inQuotes = true;
                fieldQuoted = true;
            } else if (afterClosingQuote) {
                throw malformed(csv, line, "text after the closing quote of a field");
            } else {
                field.append(c);
            }
        }
        if (inQuotes) {
            throw malformed(csv, rowLine, "a quoted field is never closed");
        }
        endRow(rows, rowLine, fields, field, fieldQuoted);
        return rows;
    }

    private static void endRow(List<Row> rows, int line, List<String> fields, StringBuilder field, boolean fieldQuoted) {
        boolean blankLine = fields.isEmpty() && !fieldQuoted && Chars.isBlank(field);
        if (!blankLine) {
            fields.add(field.toString());
            rows.add(new Row(line, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
    }

    private static IllegalArgumentException malformed(Path csv, int line, String what) {
        return new IllegalArgumentException("metadata file " + csv + " line " + line + ": " + what);
    }
}
