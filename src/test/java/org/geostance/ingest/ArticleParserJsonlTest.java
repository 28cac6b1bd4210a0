package org.geostance.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geostance.ingest.ArticleParserTextTest.utf8;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleParserJsonlTest {

    private static final String PATH = "in/batch.jsonl";
    private static final ArticleParser PARSER = new ArticleParser(Map.of());

    @Test
    void goodLinesBecomeArticlesWithPathAndLineAsInput() {
        String jsonl = String.join("\n",
                "{\"id\":\"fr_1\",\"text\":\"Premier.\\n\\nSecond.\",\"date\":\"2024-03\",\"source\":\"Le Monde\","
                        + "\"title\":\"Titre\",\"url\":\"https://example.org/1\",\"language\":\"fr\",\"extra\":{\"a\":[1]}}",
                "",
                "   ",
                "{\"id\":42,\"text\":\"Only one.\",\"date\":\"2024-03-05T10:00:00Z\"}",
                "{\"text\":\"Dates as written\",\"id\":\"x\",\"date\":\"2024-03-05T23:30:00-05:00\"}",
                "{\"id\":\"y\",\"text\":\"Day\",\"date\":\"2024-02-29\",\"source\":null,\"title\":\"  \"}",
                "");

        ParseResult result = PARSER.parse(PATH, utf8(jsonl));

        assertThat(result.rejections()).isEmpty();
        assertThat(result.articles()).extracting(Article::id).containsExactly("fr_1", "42", "x", "y");
        Article first = result.articles().get(0);
        assertThat(first.input()).isEqualTo("in/batch.jsonl:1");
        assertThat(first.paragraphs()).containsExactly("Premier.", "Second.");
        assertThat(first.date()).isEqualTo("2024-03");
        assertThat(first.source()).isEqualTo("Le Monde");
        assertThat(first.title()).isEqualTo("Titre");
        assertThat(first.url()).isEqualTo("https://example.org/1");
        assertThat(first.language()).isEqualTo("fr");
        assertThat(first.charset()).isEqualTo("UTF-8");
        assertThat(result.articles()).extracting(Article::input)
                .containsExactly("in/batch.jsonl:1", "in/batch.jsonl:4", "in/batch.jsonl:5", "in/batch.jsonl:6");
        assertThat(result.articles()).extracting(Article::date)
                .containsExactly("2024-03", "2024-03-05", "2024-03-05", "2024-02-29");
        Article last = result.articles().get(3);
        assertThat(last.source()).isEqualTo("unknown");
        assertThat(last.title()).isNull();
        assertThat(last.language()).isNull();
    }

    @Test
    void eachBadLineIsRejectedWithItsReasonAndTheOthersStillParse() {
        List<String> lines = List.of(
                /* 1 */ "{\"id\":\"ok1\",\"text\":\"Bon.\"}",
                /* 2 */ "{\"id\":\"broken\",\"text\":\"no closing brace\"",
                /* 3 */ "[1,2,3]",
                /* 4 */ "{\"text\":\"no id\"}",
                /* 5 */ "{\"id\":\"\",\"text\":\"empty id\"}",
                /* 6 */ "{\"id\":\"no-text\"}",
                /* 7 */ "{\"id\":\"empty-text\",\"text\":\"\"}",
                /* 8 */ "{\"id\":\"text-number\",\"text\":12}",
                /* 9 */ "{\"id\":true,\"text\":\"boolean id\"}",
                /* 10 */ "{\"id\":1.5,\"text\":\"fractional id\"}",
                /* 11 */ "{\"id\":\"bad-date\",\"text\":\"x\",\"date\":\"2020-13\"}",
                /* 12 */ "{\"id\":\"bad-day\",\"text\":\"x\",\"date\":\"2021-02-30T10:00:00Z\"}",
                /* 13 */ "{\"id\":\"date-number\",\"text\":\"x\",\"date\":20200701}",
                /* 14 */ "{\"id\":\"title-array\",\"text\":\"x\",\"title\":[\"a\"]}",
                /* 15 */ "{\"id\":\"blank\",\"text\":\" \\n\\u00A0 \"}",
                /* 16 */ "{\"id\":\"ok1\",\"text\":\"Duplicate of line 1.\"}",
                /* 17 */ "{\"id\":\"dup-keys\",\"text\":\"a\",\"text\":\"b\"}",
                /* 18 */ "{\"id\":\"trailing\",\"text\":\"a\"} {\"id\":\"z\"}",
                /* 19 */ "{\"id\":\"ok2\",\"text\":\"Encore bon.\"}",
                /* 20 */ "{\"id\":\"ok1\",\"text\":\"Another duplicate.\"}");

        ParseResult result = PARSER.parse(PATH, utf8(String.join("\r\n", lines) + "\r\n"));

        assertThat(result.articles()).extracting(Article::input).containsExactly(PATH + ":1", PATH + ":19");
        assertThat(result.rejections()).extracting(Rejection::input, Rejection::reason).containsExactly(
                tuple(2, Rejection.MALFORMED_JSON),
                tuple(3, Rejection.MALFORMED_JSON),
                tuple(4, Rejection.MISSING_FIELD),
                tuple(5, Rejection.MISSING_FIELD),
                tuple(6, Rejection.MISSING_FIELD),
                tuple(7, Rejection.MISSING_FIELD),
                tuple(8, Rejection.WRONG_TYPE),
                tuple(9, Rejection.WRONG_TYPE),
                tuple(10, Rejection.WRONG_TYPE),
                tuple(11, Rejection.INVALID_DATE),
                tuple(12, Rejection.INVALID_DATE),
                tuple(13, Rejection.WRONG_TYPE),
                tuple(14, Rejection.WRONG_TYPE),
                tuple(15, Rejection.NO_PARAGRAPHS),
                tuple(16, Rejection.DUPLICATE_ID),
                tuple(17, Rejection.MALFORMED_JSON),
                tuple(18, Rejection.MALFORMED_JSON),
                tuple(20, Rejection.DUPLICATE_ID));
        for (Rejection r : result.rejections()) {
            String line = r.input().substring(PATH.length() + 1);
            assertThat(r.detail()).startsWith(PATH + " line " + line + ": ").doesNotContain("\n");
        }
        assertThat(detailOf(result, 16)).contains("'ok1'", "already used on line 1");
        assertThat(detailOf(result, 20)).contains("already used on line 1");
        assertThat(detailOf(result, 8)).contains("\"text\" must be a string, found number");
        assertThat(detailOf(result, 11)).contains("2020-13");
        assertThat(detailOf(result, 3)).contains("expected a JSON object, found array");
    }

    @Test
    void aRejectedLineDoesNotReserveItsId() {
        String jsonl = "{\"id\":\"a\",\"text\":\"x\",\"date\":\"nope\"}\n{\"id\":\"a\",\"text\":\"kept\"}\n";

        ParseResult result = PARSER.parse(PATH, utf8(jsonl));

        assertThat(result.articles()).singleElement().extracting(Article::input).isEqualTo(PATH + ":2");
        assertThat(result.rejections()).singleElement().extracting(Rejection::reason).isEqualTo(Rejection.INVALID_DATE);
    }

    @Test
    void textIsCleanedAndSplitLikeAPlainFile() {
        String jsonl = "{\"id\":\"c\",\"text\":\"A\\u0007B\\r\\nsuite\\r\\n\\u00A0\\r\\nשלום 🙂\\tfin\",\"title\":\"T\\u0001\"}";

        Article article = ArticleParserTextTest.article(PARSER.parse(PATH, utf8(jsonl)));

        assertThat(article.paragraphs()).containsExactly("A B suite", "שלום 🙂\tfin");
        assertThat(article.title()).isEqualTo("T");
    }

    @Test
    void htmlTagsLeftInTheTextBecomeTheBreaksTheyStandFor() {
        String jsonl = "{\"id\":\"h\",\"text\":\"<p>Turkey&#39;s <em>first</em> move</p>\\n<p class=\\\"lede\\\">Ankara"
                + " said so.<br/>Then it <a href=\\\"https://example.org/a\\\">left</a>.</p>"
                + "<P>1 < 2 and 3 > 2, <Turquie></P>&lt;b&gt;Fin&lt;/b&gt;\"}";

        Article article = ArticleParserTextTest.article(PARSER.parse(PATH, utf8(jsonl)));

        assertThat(article.paragraphs()).containsExactly("Turkey's first move", "Ankara said so. Then it left.",
                "1 < 2 and 3 > 2, <Turquie>", "Fin");
    }

    @Test
    void aTextThatStartsWithDateIsNotAHeaderInJsonl() {
        Article article = ArticleParserTextTest.article(PARSER.parse(PATH, utf8("{\"id\":1,\"text\":\"date 2020-13 x\"}")));

        assertThat(article.date()).isNull();
        assertThat(article.paragraphs()).containsExactly("date 2020-13 x");
    }

    @Test
    void metadataFillsGapsButTheLineWins() {
        ArticleParser parser = new ArticleParser(Map.of(
                "a", new ArticleMetadata("a", "Meta source", "2020-01-15", "Meta title", "https://meta/a"),
                "b", new ArticleMetadata("b", "Meta source", "2020-01-15", "Meta title", "https://meta/b")));
        String jsonl = "{\"id\":\"a\",\"text\":\"x\"}\n"
                + "{\"id\":\"b\",\"text\":\"x\",\"source\":\"Own\",\"date\":\"2021-06\",\"title\":\"Own title\",\"url\":\"u\"}\n";

        List<Article> articles = parser.parse(PATH, utf8(jsonl)).articles();

        assertThat(articles).extracting(Article::source, Article::date, Article::title, Article::url).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Meta source", "2020-01-15", "Meta title", "https://meta/a"),
                org.assertj.core.groups.Tuple.tuple("Own", "2021-06", "Own title", "u"));
    }

    @Test
    void wholeFileProblemsAreReportedOncePerFile() {
        ArticleParserTextTest.assertRejected(PARSER.parse(PATH, new byte[0]), PATH, Rejection.EMPTY_FILE);
        ArticleParserTextTest.assertRejected(PARSER.parse(PATH, utf8("\n \n\r\n")), PATH, Rejection.NO_PARAGRAPHS);
        ArticleParserTextTest.assertRejected(PARSER.parse(PATH, new byte[] {'{', 0, '}'}), PATH, Rejection.BINARY_CONTENT);
    }

    @Test
    void utf16JsonlWithBomAndUpperCaseExtension() {
        byte[] body = "{\"id\":\"é\",\"text\":\"Défense aérienne\"}\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = ArticleParserTextTest.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body);

        Article article = ArticleParserTextTest.article(PARSER.parse("X.JSONL", bytes));

        assertThat(article.id()).isEqualTo("é");
        assertThat(article.charset()).isEqualTo("UTF-16LE");
        assertThat(article.paragraphs()).containsExactly("Défense aérienne");
    }

    @Test
    void megabyteLinesWithoutSpacesParseQuickly() {
        String word = "a".repeat(1_000_000);
        String good = "{\"id\":\"big\",\"text\":\"" + word + "\\n\\n" + word + "\"}";
        String bad = "{\"id\":\"broken\",\"text\":\"" + word;

        long start = System.nanoTime();
        ParseResult result = PARSER.parse(PATH, utf8(good + "\n" + bad + "\n" + good.replace("big", "big2")));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.articles()).extracting(Article::id).containsExactly("big", "big2");
        assertThat(result.articles().get(0).paragraphs()).containsExactly(word, word);
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(Rejection.MALFORMED_JSON);
            assertThat(r.detail().length()).isLessThan(300);
        });
        assertThat(millis).isLessThan(5_000);
    }

    private static org.assertj.core.groups.Tuple tuple(int line, String reason) {
        return org.assertj.core.groups.Tuple.tuple(PATH + ":" + line, reason);
    }

    private static String detailOf(ParseResult result, int line) {
        return result.rejections().stream().filter(r -> r.input().equals(PATH + ":" + line)).findFirst()
                .orElseThrow().detail();
    }
}
