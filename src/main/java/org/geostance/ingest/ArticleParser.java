package org.geostance.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Parses one input file's bytes into articles: JSON Lines when the path ends in {@code .jsonl}, plain text otherwise.
 * Bad content never throws; it becomes {@link Rejection}s, so one bad file or line cannot stop a batch.
 */
public final class ArticleParser implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String UNKNOWN_SOURCE = "unknown";
    private static final int MAX_DETAIL_QUOTE = 160;

    // Static, not a field: ObjectReader is not Serializable, and it is thread-safe once built.
    private static final ObjectReader JSON = new ObjectMapper(JsonFactory.builder()
            // Raw tabs or CRs inside strings are common in hand-made exports; they are cleaned like any text.
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Keeps the article's own text out of error messages, which end up in the rejections table.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // Jackson's default cap (20M chars per string) would misreport a huge article as malformed JSON.
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .reader();

    private final HashMap<String, ArticleMetadata> metadataById;

    /** @param metadataById side information by article id; may be empty */
    public ArticleParser(Map<String, ArticleMetadata> metadataById) {
        this.metadataById = new HashMap<>(Objects.requireNonNull(metadataById, "metadataById"));
    }

    /** Parses one input file's bytes; never throws for bad content: bad things become Rejections. */
    public ParseResult parse(String path, byte[] bytes) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            return rejected(path, Rejection.EMPTY_FILE, path + " is empty (0 bytes).", null);
        }
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decode(bytes);
        } catch (Rejected r) {
            return rejected(path, r.reason, path + " " + r.getMessage() + ".", null);
        }
        if (decoded.text().isEmpty()) {
            return rejected(path, Rejection.EMPTY_FILE, path + " holds only a byte-order mark.", decoded.charset());
        }
        return path.toLowerCase(Locale.ROOT).endsWith(".jsonl")
                ? parseJsonLines(path, decoded)
                : parsePlainText(path, decoded);
    }

    private ParseResult parsePlainText(String path, TextDecoder.Decoded decoded) {
        String text = Chars.clean(decoded.text());
        DateHeader.Parsed header;
        try {
            header = DateHeader.parse(text);
        } catch (IllegalArgumentException e) {
            return rejected(path, Rejection.INVALID_DATE, path + ": " + e.getMessage() + ".", decoded.charset());
        }
        List<String> paragraphs = ParagraphSplitter.split(header.body());
        if (paragraphs.isEmpty()) {
            String what = header.date() == null ? "only white space" : "a date header but no text";
            return rejected(path, Rejection.NO_PARAGRAPHS, path + " contains " + what + ".", decoded.charset());
        }
        Article article = withMetadata(idOf(path), null, header.date(), null, null, null, path, decoded.charset(),
                paragraphs);
        return new ParseResult(path, List.of(article), List.of(), decoded.charset());
    }

    private ParseResult parseJsonLines(String path, TextDecoder.Decoded decoded) {
        String text = decoded.text();
        List<Article> articles = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        boolean anyRecord = false;
        int lineNumber = 0;
        int lineStart = 0;
        // Split on LF only: JSON escapes its line breaks, so a raw CR can only be stray text inside a string.
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            lineNumber++;
            String line = text.substring(lineStart, lineEnd);
            lineStart = lineEnd + 1;
            if (Chars.isBlank(line)) {
                continue;
            }
            anyRecord = true;
            String input = path + ":" + lineNumber;
            try {
                Article article = parseJsonLine(line, input, decoded.charset());
                Integer first = lineOfId.putIfAbsent(article.id(), lineNumber);
                if (first != null) {
                    throw new Rejected(Rejection.DUPLICATE_ID,
                            "id '" + Chars.abbreviate(article.id()) + "' was already used on line " + first);
                }
                articles.add(article);
            } catch (Rejected r) {
                rejections.add(new Rejection(input, r.reason, path + " line " + lineNumber + ": " + r.getMessage() + "."));
            }
        }
        if (!anyRecord) {
            return rejected(path, Rejection.NO_PARAGRAPHS, path + " contains only blank lines.", decoded.charset());
        }
        return new ParseResult(path, articles, rejections, decoded.charset());
    }

    private Article parseJsonLine(String line, String input, String charset) throws Rejected {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            // Jackson words this one for programmers (class and feature names); the user needs to know what is wrong.
            String what = e.getOriginalMessage().startsWith("Trailing token")
                    ? "more than one JSON value on the line" : quote(e.getOriginalMessage());
            throw new Rejected(Rejection.MALFORMED_JSON, "malformed JSON" + where + " (" + what + ")");
        }
        if (!node.isObject()) {
            throw new Rejected(Rejection.MALFORMED_JSON,
                    "expected a JSON object, found " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String id = idField(node);
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) {
            throw new Rejected(Rejection.MISSING_FIELD, "no \"text\" field");
        }
        if (!textNode.isTextual()) {
            throw wrongType("text", "a string", textNode);
        }
        if (textNode.textValue().isEmpty()) {
            throw new Rejected(Rejection.MISSING_FIELD, "\"text\" is empty");
        }
        String source = optionalString(node, "source");
        String title = optionalString(node, "title");
        String url = optionalString(node, "url");
        String language = optionalString(node, "language");
        String date = optionalString(node, "date");
        if (date != null) {
            try {
                date = Dates.normalize(date);
            } catch (IllegalArgumentException e) {
                throw new Rejected(Rejection.INVALID_DATE, e.getMessage());
            }
        }
        List<String> paragraphs = ParagraphSplitter.split(Chars.clean(textNode.textValue()));
        if (paragraphs.isEmpty()) {
            throw new Rejected(Rejection.NO_PARAGRAPHS, "\"text\" contains only white space");
        }
        return withMetadata(id, source, date, title, url, language, input, charset, paragraphs);
    }

    /** Fills what the input itself does not give from the metadata for its id: the input's own values win. */
    private Article withMetadata(String id, String source, String date, String title, String url, String language,
                                 String input, String charset, List<String> paragraphs) {
        ArticleMetadata meta = metadataById.get(id);
        if (meta != null) {
            source = source != null ? source : meta.source();
            date = date != null ? date : meta.date();
            title = title != null ? title : meta.title();
            url = url != null ? url : meta.url();
        }
        return new Article(id, source != null ? source : UNKNOWN_SOURCE, date, title, url, language, input, charset,
                paragraphs);
    }

    private static String idField(JsonNode node) throws Rejected {
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) {
            throw new Rejected(Rejection.MISSING_FIELD, "no \"id\" field");
        }
        String value;
        if (id.isTextual()) {
            value = id.textValue().strip();
        } else if (id.isIntegralNumber()) {
            value = id.asText();
        } else {
            throw wrongType("id", "a string or an integer", id);
        }
        if (value.isEmpty()) {
            throw new Rejected(Rejection.MISSING_FIELD, "\"id\" is empty");
        }
        return value;
    }

    /** A string field that may be absent or null; blank means absent. */
    private static String optionalString(JsonNode node, String field) throws Rejected {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(field, "a string", value);
        }
        String text = Chars.clean(value.textValue()).strip();
        return text.isEmpty() ? null : text;
    }

    private static Rejected wrongType(String field, String expected, JsonNode found) {
        return new Rejected(Rejection.WRONG_TYPE, "\"" + field + "\" must be " + expected + ", found "
                + found.getNodeType().name().toLowerCase(Locale.ROOT));
    }

    /** File name without its last extension: {@code data/a/seed.txt} gives {@code seed}. */
    private static String idOf(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String quote(String message) {
        String oneLine = message.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= MAX_DETAIL_QUOTE ? oneLine : oneLine.substring(0, MAX_DETAIL_QUOTE) + "…";
    }

    private static ParseResult rejected(String path, String reason, String detail, String charset) {
        return new ParseResult(path, List.of(), List.of(new Rejection(path, reason, detail)), charset);
    }
}
