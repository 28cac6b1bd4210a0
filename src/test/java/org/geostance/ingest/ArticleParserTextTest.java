package org.geostance.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleParserTextTest {

    private static final String SEED_PATH = "data/articles/seed_2020-07_iran-syria.txt";
    private static final ArticleParser PARSER = new ArticleParser(Map.of());

    private static String seedText;
    private static List<String> seedParagraphs;

    @BeforeAll
    static void readSeed() throws IOException {
        seedText = Files.readString(Path.of(SEED_PATH), StandardCharsets.UTF_8);
        seedParagraphs = article(PARSER.parse(SEED_PATH, seedText.getBytes(StandardCharsets.UTF_8))).paragraphs();
    }

    @Test
    void seedArticleHasSeventeenParagraphsAndItsHeaderDate() {
        Article seed = article(PARSER.parse(SEED_PATH, seedText.getBytes(StandardCharsets.UTF_8)));

        assertThat(seed.id()).isEqualTo("seed_2020-07_iran-syria");
        assertThat(seed.date()).isEqualTo("2020-07");
        assertThat(seed.period()).isEqualTo("2020-07");
        assertThat(seed.source()).isEqualTo("unknown");
        assertThat(seed.input()).isEqualTo(SEED_PATH);
        assertThat(seed.charset()).isEqualTo("UTF-8");
        assertThat(seed.language()).isNull();
        assertThat(seed.paragraphs()).hasSize(17);
        assertThat(seed.paragraphs().get(0)).startsWith("«Nous allons renforcer les systèmes de défense aérienne");
        assertThat(seed.paragraphs().get(1)).startsWith("L'accord prévoit l'expansion");
        assertThat(seed.paragraphs().get(16)).startsWith("L'Iran et la Syrie");
        assertThat(seed.paragraphs()).allSatisfy(p -> {
            assertThat(p).doesNotContain("\n", "\r").isEqualTo(p.strip());
            assertThat(p).doesNotStartWith("date");
        });
        assertThat(seed.paragraphs()).anySatisfy(p -> assertThat(p).contains("œuvre"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1252", "ISO-8859-15"})
    void legacySingleByteCopiesOfTheSeedGiveTheSameParagraphs(String charset) {
        Article article = article(PARSER.parse(SEED_PATH, seedText.getBytes(Charset.forName(charset))));

        assertThat(article.paragraphs()).isEqualTo(seedParagraphs);
        assertThat(article.date()).isEqualTo("2020-07");
        assertThat(article.charset()).isEqualTo(charset.toUpperCase());
    }

    @Test
    void latin1CopyDecodesLikeUtf8() {
        // ISO-8859-1 has no œ; the rest of the seed is representable.
        String text = seedText.replace("œ", "oe");
        List<String> expected = article(PARSER.parse("a.txt", text.getBytes(StandardCharsets.UTF_8))).paragraphs();

        Article latin1 = article(PARSER.parse("a.txt", text.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(latin1.paragraphs()).isEqualTo(expected);
        assertThat(latin1.charset()).isEqualTo("WINDOWS-1252");
    }

    @Test
    void iso885915EuroSignIsRecognised() {
        byte[] bytes = "Le prix : 5 € le kilo, très cher.".getBytes(Charset.forName("ISO-8859-15"));

        Article article = article(PARSER.parse("euro.txt", bytes));

        assertThat(article.paragraphs()).containsExactly("Le prix : 5 € le kilo, très cher.");
        assertThat(article.charset()).isEqualTo("ISO-8859-15");
    }

    @Test
    void bomAndUtf16CopiesOfTheSeedGiveTheSameParagraphs() {
        record Copy(byte[] bytes, String charset) {
        }
        List<Copy> copies = List.of(
                new Copy(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, seedText.getBytes(StandardCharsets.UTF_8)), "UTF-8"),
                new Copy(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, seedText.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE"),
                new Copy(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, seedText.getBytes(StandardCharsets.UTF_16BE)), "UTF-16BE"),
                new Copy(concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, seedText.getBytes(Charset.forName("UTF-32BE"))), "UTF-32BE"));

        for (Copy copy : copies) {
            Article article = article(PARSER.parse(SEED_PATH, copy.bytes()));
            assertThat(article.charset()).isEqualTo(copy.charset());
            assertThat(article.date()).as(copy.charset()).isEqualTo("2020-07");
            assertThat(article.paragraphs()).as(copy.charset()).isEqualTo(seedParagraphs);
        }
    }

    @Test
    void crlfAndCrCopiesOfTheSeedGiveTheSameParagraphs() {
        for (String ending : List.of("\r\n", "\r")) {
            byte[] bytes = seedText.replace("\n", ending).getBytes(StandardCharsets.UTF_8);
            assertThat(article(PARSER.parse(SEED_PATH, bytes)).paragraphs()).isEqualTo(seedParagraphs);
        }
    }

    @Test
    void textWithoutHeaderHasNoDate() {
        Article article = article(PARSER.parse("in/no-header.txt", utf8("Premier.\n\nSecond.\n")));

        assertThat(article.id()).isEqualTo("no-header");
        assertThat(article.date()).isNull();
        assertThat(article.period()).isEqualTo("unknown");
        assertThat(article.paragraphs()).containsExactly("Premier.", "Second.");
    }

    @Test
    void idIsTheFileNameWithoutItsLastExtensionWhateverTheScheme() {
        assertThat(article(PARSER.parse("hdfs://nn:8020/data/fr_2024.03.a.txt", utf8("x"))).id()).isEqualTo("fr_2024.03.a");
        assertThat(article(PARSER.parse("file:/data/README", utf8("x"))).id()).isEqualTo("README");
        assertThat(article(PARSER.parse("C:\\data\\win.txt", utf8("x"))).id()).isEqualTo("win");
    }

    @Test
    void emptyFile() {
        assertRejected(PARSER.parse("e.txt", new byte[0]), "e.txt", Rejection.EMPTY_FILE);
        assertRejected(PARSER.parse("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), "bom.txt",
                Rejection.EMPTY_FILE);
    }

    @Test
    void whitespaceOnlyOrHeaderOnlyHasNoParagraphs() {
        assertRejected(PARSER.parse("ws.txt", utf8(" \n\t\r\n\u00A0\n")), "ws.txt", Rejection.NO_PARAGRAPHS);
        Rejection headerOnly = assertRejected(PARSER.parse("h.txt", utf8("date 2020-07\n\n  \n")), "h.txt",
                Rejection.NO_PARAGRAPHS);
        assertThat(headerOnly.detail()).contains("h.txt", "header but no text");
        assertRejected(PARSER.parse("c.txt", utf8("\u0001\u0002\n\u000B")), "c.txt", Rejection.NO_PARAGRAPHS);
    }

    @Test
    void impossibleHeaderDateRejectsTheWholeFile() {
        Rejection r = assertRejected(PARSER.parse("bad.txt", utf8("date 2021-02-30\n\nTexte.")), "bad.txt",
                Rejection.INVALID_DATE);
        assertThat(r.detail()).contains("bad.txt", "2021-02-30");
        assertRejected(PARSER.parse("bad.txt", utf8(" date 2020-13 Texte.")), "bad.txt", Rejection.INVALID_DATE);
    }

    @Test
    void binarySignaturesAndNulBytesAreBinaryContent() {
        List<byte[]> binaries = List.of(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13},
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'},
                utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"),
                new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0},
                utf8("Du texte\u0000puis des zéros"),
                "Texte UTF-16 sans BOM".getBytes(StandardCharsets.UTF_16LE));
        for (byte[] bytes : binaries) {
            assertRejected(PARSER.parse("bin.txt", bytes), "bin.txt", Rejection.BINARY_CONTENT);
        }
    }

    @Test
    void invalidUtf8IsReportedWithItsOffsetNotGuessed() {
        byte[] seed = seedText.getBytes(StandardCharsets.UTF_8);
        byte[] mixed = concat(concat(Arrays.copyOf(seed, 500), new byte[] {(byte) 0xE9}),
                Arrays.copyOfRange(seed, 500, seed.length));

        Rejection r = assertRejected(PARSER.parse("mixed.txt", mixed), "mixed.txt", Rejection.UNDECODABLE);

        assertThat(r.detail()).contains("mixed.txt", "UTF-8", "0xE9", "offset 500");
    }

    @Test
    void hebrewWindows1255IsDetectedAndBytesUndefinedThereAreReported() {
        String hebrew = "ישראל הודיעה היום על הסכם חדש עם המדינות השכנות. הממשלה אמרה כי ההסכם חשוב מאוד לביטחון האזור. ";
        byte[] cp1255 = hebrew.repeat(3).getBytes(Charset.forName("windows-1255"));

        Article article = article(PARSER.parse("he.txt", cp1255));
        Rejection r = assertRejected(PARSER.parse("he.txt", concat(cp1255, new byte[] {(byte) 0xFF})), "he.txt",
                Rejection.UNDECODABLE);

        assertThat(article.charset()).isEqualTo("WINDOWS-1255");
        assertThat(article.paragraphs()).containsExactly(hebrew.repeat(3).strip());
        assertThat(r.detail()).contains("WINDOWS-1255", "offset " + cp1255.length);
    }

    @Test
    void legacyTextWithAByteUndefinedInWindows1252IsNotGuessed() {
        byte[] cp1252 = "L'été dernier, à Paris, les élèves étaient très nombreux.".getBytes(Charset.forName("windows-1252"));

        Rejection r = assertRejected(PARSER.parse("x.txt", concat(cp1252, new byte[] {(byte) 0x81})), "x.txt",
                Rejection.UNDECODABLE);

        assertThat(r.detail()).contains("not valid UTF-8", "0xE9 at offset 2", "no other charset");
    }

    @Test
    void truncatedUtf16IsUndecodable() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Texte".getBytes(StandardCharsets.UTF_16LE));
        Rejection r = assertRejected(PARSER.parse("t.txt", Arrays.copyOf(bytes, bytes.length - 1)), "t.txt",
                Rejection.UNDECODABLE);
        assertThat(r.detail()).contains("UTF-16LE");
    }

    @Test
    void controlCharactersBecomeSpacesButOtherCharactersAreKept() {
        Article article = article(PARSER.parse("c.txt",
                utf8("A\u0007B\u001BC\u007FD\u0085E\fF\tG\n\nשלום עליכם 🙂 مرحبا\u200Bx")));

        assertThat(article.paragraphs()).containsExactly("A B C D E F\tG", "שלום עליכם 🙂 مرحباx");
    }

    @Test
    void lineBreakHintsInsideWordsAreRemovedButJoinersAndBidiMarksKept() {
        Article article = article(PARSER.parse("h.txt", utf8(
                "La Tur\u00ADquie, Isr\u200Baël, Wa\u2060shing\uFEFFton\u200F, 👨\u200D👩\u200D👧 et \u2067ישראל\u2069.")));

        assertThat(article.paragraphs())
                .containsExactly("La Turquie, Israël, Washington\u200F, 👨\u200D👩\u200D👧 et \u2067ישראל\u2069.");
    }

    @Test
    void htmlEntitiesLeftInScrapedTextAreDecodedOnce() {
        Article article = article(PARSER.parse("e.txt", utf8(
                "Turkey&#39;s &quot;historic&quot; vote &amp; Israel&rsquo;s reply&nbsp;: &laquo;&#160;non&#x202F;&raquo;"
                        + "\n\nAT&T; R&D; &amp;amp; stays &amp;")));

        assertThat(article.paragraphs()).containsExactly(
                "Turkey's \"historic\" vote & Israel\u2019s reply\u00A0: \u00AB\u00A0non\u202F\u00BB",
                "AT&T; R&D; &amp; stays &");
    }

    @Test
    void metadataFillsSourceTitleUrlAndDateButTheHeaderDateWins() {
        ArticleParser parser = new ArticleParser(Map.of(
                "seed_2020-07_iran-syria", new ArticleMetadata("seed_2020-07_iran-syria", "Pars Today", "2020-07-09",
                        "L'Iran renforce la défense aérienne syrienne", "https://example.org/seed"),
                "plain", new ArticleMetadata("plain", "Le Monde", "2024-03-05", null, null)));

        Article seed = article(parser.parse(SEED_PATH, seedText.getBytes(StandardCharsets.UTF_8)));
        Article plain = article(parser.parse("dir/plain.txt", utf8("Texte.")));
        Article other = article(parser.parse("dir/other.txt", utf8("Texte.")));

        assertThat(seed.date()).isEqualTo("2020-07");
        assertThat(seed.source()).isEqualTo("Pars Today");
        assertThat(seed.title()).isEqualTo("L'Iran renforce la défense aérienne syrienne");
        assertThat(seed.url()).isEqualTo("https://example.org/seed");
        assertThat(plain.date()).isEqualTo("2024-03-05");
        assertThat(plain.period()).isEqualTo("2024-03");
        assertThat(plain.source()).isEqualTo("Le Monde");
        assertThat(plain.title()).isNull();
        assertThat(other.source()).isEqualTo("unknown");
        assertThat(other.date()).isNull();
    }

    @Test
    void hugeParagraphAndHugeWordAreLinear() {
        String sentence = "Le ministre a déclaré que la coopération se poursuivra. ";
        String huge = sentence.repeat(5_000_000 / sentence.length());
        String word = "x".repeat(1_000_000);
        byte[] bytes = utf8("date 2020-07 " + huge + "\n\n" + word + "\n\n" + huge.replace(' ', '\n'));

        long start = System.nanoTime();
        Article article = article(PARSER.parse("big.txt", bytes));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(article.paragraphs()).hasSize(3);
        assertThat(article.paragraphs().get(0)).isEqualTo(huge.strip());
        assertThat(article.paragraphs().get(1)).hasSize(1_000_000);
        assertThat(article.paragraphs().get(2)).isEqualTo(huge.strip());
        assertThat(millis).as("parse time of %d MB", bytes.length / 1_000_000).isLessThan(5_000);
    }

    @Test
    void hugeLegacyFileGoesThroughCharsetDetectionQuickly() {
        String sentence = "Le ministre a déclaré que l'œuvre de coopération se poursuivra. ";
        String huge = sentence.repeat(5_000_000 / sentence.length());
        byte[] bytes = ("date 2020-07-14\n\n" + huge).getBytes(Charset.forName("windows-1252"));

        long start = System.nanoTime();
        Article article = article(PARSER.parse("big.txt", bytes));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(article.charset()).isEqualTo("WINDOWS-1252");
        assertThat(article.paragraphs()).containsExactly(huge.strip());
        assertThat(millis).as("parse time of %d MB", bytes.length / 1_000_000).isLessThan(5_000);
    }

    @Test
    void parserAndResultsSurviveJavaSerialization() throws Exception {
        ArticleParser parser = new ArticleParser(Map.of("a", new ArticleMetadata("a", "S", "2020-01", "T", "U")));

        ArticleParser copy = roundTrip(parser);
        ParseResult result = roundTrip(copy.parse("a.txt", utf8("Texte.")));

        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("S");
            assertThat(a.paragraphs()).containsExactly("Texte.");
        });
    }

    static Article article(ParseResult result) {
        assertThat(result.rejections()).isEmpty();
        assertThat(result.articles()).hasSize(1);
        return result.articles().get(0);
    }

    static Rejection assertRejected(ParseResult result, String input, String reason) {
        assertThat(result.articles()).isEmpty();
        assertThat(result.rejections()).hasSize(1);
        Rejection rejection = result.rejections().get(0);
        assertThat(rejection.input()).isEqualTo(input);
        assertThat(rejection.reason()).isEqualTo(reason);
        assertThat(rejection.detail()).contains(input).doesNotContain("\n");
        return rejection;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
