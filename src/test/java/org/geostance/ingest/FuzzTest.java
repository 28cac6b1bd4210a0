package org.geostance.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.geostance.spark.ScoredArticle;
import org.geostance.stance.Evidence;
import org.geostance.stance.ParagraphScorer;
import org.geostance.stance.StanceEngine;
import org.geostance.stance.TargetStance;
import org.geostance.targets.Mention;
import org.geostance.targets.TargetDictionary;
import org.geostance.targets.TargetMatcher;
import org.geostance.testing.SharedSpark;
import org.geostance.text.LanguageDetector;
import org.geostance.text.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of what the job does to each input file: {@link ArticleParser}, then {@link ParagraphScorer} on
 * every paragraph, and when the scorer fails, {@link ScoredArticle}, the job's guard, which must reject the
 * article instead of letting the error end the run. Inputs are random bytes, random Unicode (weighted toward the characters scraped news carries:
 * accents, guillemets, no-break spaces, zero-width and bidi marks, Arabic, Hebrew, emoji, controls), and real
 * articles mutated byte by byte. Input {@code i} is built from {@code new Random(seed + i)}, so a failure names
 * the one seed that reproduces it. {@code -Dfuzz.seed=} and {@code -Dfuzz.inputs=} run other or longer campaigns.
 */
class FuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20_240_601L);
    private static final int INPUTS = Integer.getInteger("fuzz.inputs", 3_000);
    private static final Set<String> REASONS = Set.of(Rejection.EMPTY_FILE, Rejection.BINARY_CONTENT,
            Rejection.UNDECODABLE, Rejection.NO_PARAGRAPHS, Rejection.INVALID_DATE, Rejection.MALFORMED_JSON,
            Rejection.MISSING_FIELD, Rejection.WRONG_TYPE, Rejection.DUPLICATE_ID);

    /** Characters that real scraped pages carry and that have broken text pipelines before. */
    private static final String SPECIALS = "«»‹›“”„\"'’‘`´ \u00A0\u202F\u2009\u2007\u3000\u200B\u200C\u200D\u2060\uFEFF"
            + "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u0000\u0001\u0007\u001B\u007F"
            + "\u0085\u2028\u2029\t\r\n\n\n—–-‐…·•.,;:!?()[]{}<>/\\|*&%$#@=+~^_0123456789éèêëàâîïôöùûüçœæÉÈÀÇŒ"
            + "ıİğĞşŞ\u0301\u0308\uFFFD\uFFFF";
    private static final String[] WORDS = {
        "Israël", "israélien", "Tsahal", "Turquie", "turc", "Ankara", "Erdogan", "Erdoğan", "États-Unis", "USA",
        "U.S.", "US", "Washington", "américain", "Maison-Blanche", "Biden", "Trump", "Netanyahou", "Jérusalem",
        "Tel-Aviv", "Israel", "Turkey", "Türkiye", "United States", "America", "condamne", "salue", "ne", "pas",
        "jamais", "soutient", "dénonce", "agression", "aide", "mais", "cependant", "a déclaré", "selon",
        "l'accord", "d'Israël", "qu'Ankara", "aujourd'hui", "condemns", "praises", "not", "never", "but",
        "said", "regime", "occupation", "« ", " »", "\u00A0»", "«\u202F", "\"", ".", ",", "\n\n", "date 2020-13",
        "date 2021-02-30", "date 2024-04", "إسرائيل", "تركيا", "ישראל", "טורקיה", "😀", "👍🏽", "🇹🇷", "🇮🇱", "👨‍👩‍👧"
    };

    private static ArticleParser parser;
    private static ParagraphScorer scorer;
    private static List<byte[]> realArticles;

    @BeforeAll
    static void build() throws IOException {
        parser = new ArticleParser(Map.of());
        scorer = new ParagraphScorer(new LanguageDetector(), SharedSpark.analyzer(),
                new TargetMatcher(TargetDictionary.load(Path.of("data/targets.json"))),
                StanceEngine.load(Path.of("data/lexicons")));
        realArticles = new ArrayList<>();
        for (String folder : List.of("data/articles", "data/gold/dev", "data/gold/test")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".jsonl"))
                        .sorted().toList()) {
                    realArticles.add(Files.readAllBytes(file));
                }
            }
        }
    }

    private record Input(String path, byte[] bytes) {}

    @Test
    void noInputEscapesAsAnExceptionAndEveryScoreIsInRange() {
        int articles = 0;
        int rejections = 0;
        int paragraphs = 0;
        int guarded = 0;
        long started = System.nanoTime();
        for (int i = 0; i < INPUTS; i++) {
            long seed = SEED + i;
            Input input = generate(new Random(seed), i);
            try {
                int[] counts = check(input);
                articles += counts[0];
                rejections += counts[1];
                paragraphs += counts[2];
                guarded += counts[3];
            } catch (AssertionError | RuntimeException | StackOverflowError e) {
                fail("input " + i + " (-Dfuzz.seed=" + seed + " -Dfuzz.inputs=1) " + input.path() + " "
                        + escape(input.bytes()) + ": " + e, e);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("fuzz: %d inputs, %d articles (%d paragraphs), %d rejections, %d articles rejected by the"
                + " scoring guard, in %.1f s%n", INPUTS, articles, paragraphs, rejections, guarded, seconds);
        // The generators must reach both outcomes, or the test would prove nothing about one of them.
        assertThat(articles).isGreaterThan(INPUTS / 4);
        assertThat(rejections).isGreaterThan(INPUTS / 10);
    }

    /** Asserts the promises for one input; returns articles, rejections, paragraphs scored, guarded failures. */
    private static int[] check(Input input) {
        ParseResult result = parser.parse(input.path(), input.bytes());
        boolean jsonl = input.path().endsWith(".jsonl");
        int outcomes = result.articles().size() + result.rejections().size();
        if (jsonl) {
            assertThat(outcomes).as("a JSONL file gives at least one article or rejection").isPositive();
        } else {
            assertThat(outcomes).as("a text file is one article or one rejection").isEqualTo(1);
        }
        for (Rejection rejection : result.rejections()) {
            assertThat(rejection.reason()).isIn(REASONS);
            assertThat(rejection.input()).startsWith(input.path());
            assertThat(rejection.detail()).contains(input.path()).doesNotContain("\n");
        }
        int paragraphs = 0;
        int guarded = 0;
        for (Article article : result.articles()) {
            assertThat(article.paragraphs()).isNotEmpty();
            assertThat(article.charset()).isNotBlank();
            for (int i = 0; i < article.paragraphs().size(); i++) {
                String paragraph = article.paragraphs().get(i);
                assertThat(paragraph).isNotBlank();
                ParagraphScorer.Result scored;
                try {
                    scored = scorer.score(paragraph, article.language(), article.date());
                } catch (RuntimeException | StackOverflowError e) {
                    ScoredArticle rejected = ScoredArticle.of(scorer, article);
                    assertThat(rejected.scored()).isFalse();
                    assertThat(rejected.rejection().reason()).isEqualTo(Rejection.SCORING_FAILED);
                    assertThat(rejected.rejection().detail()).contains("paragraph " + (i + 1) + ":");
                    guarded++;
                    break;
                }
                checkScore(paragraph, scored);
                paragraphs++;
            }
        }
        return new int[] {result.articles().size(), result.rejections().size(), paragraphs, guarded};
    }

    private static void checkScore(String paragraph, ParagraphScorer.Result result) {
        assertThat(result.language()).isNotBlank();
        int length = result.text().text().length();
        assertThat(paragraph).startsWith(result.text().text());
        for (Token token : result.text().tokens()) {
            assertThat(token.begin()).isBetween(0, token.end());
            assertThat(token.end()).isLessThanOrEqualTo(length);
        }
        for (Mention mention : result.mentions()) {
            assertThat(mention.begin()).isBetween(0, mention.end());
            assertThat(mention.end()).isLessThanOrEqualTo(length);
        }
        for (TargetStance stance : result.stances()) {
            assertThat(stance.score()).isBetween(-1.0, 1.0);
            assertThat(stance.confidence()).isBetween(0.0, 1.0);
            assertThat(stance.mentions()).isPositive();
            for (Evidence evidence : stance.evidence()) {
                assertThat(evidence.begin()).as(evidence.describe()).isBetween(0, evidence.end());
                assertThat(evidence.end()).as(evidence.describe()).isLessThanOrEqualTo(length);
                assertThat(Double.isFinite(evidence.weight())).isTrue();
            }
        }
    }

    private static Input generate(Random random, int i) {
        String extension = random.nextInt(4) == 0 ? ".jsonl" : ".txt";
        String path = "file:/fuzz/input-" + i + extension;
        return switch (i % 4) {
            case 0 -> new Input(path, randomBytes(random));
            case 1 -> new Input(path, encode(random, jsonl(random, extension, randomUnicode(random))));
            case 2 -> new Input(path, encode(random, jsonl(random, extension, randomWords(random))));
            default -> new Input(path, mutate(random, realArticles.get(random.nextInt(realArticles.size()))));
        };
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(random.nextInt(10) == 0 ? 20_000 : 600)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) {
            // Mostly-text bytes get past the binary check and reach the charset detector.
            for (int k = 0; k < bytes.length; k++) {
                if (bytes[k] == 0 || random.nextInt(3) > 0) {
                    bytes[k] = (byte) (0x20 + random.nextInt(0x5F));
                }
            }
        }
        return bytes;
    }

    private static String randomUnicode(Random random) {
        int length = random.nextInt(random.nextInt(10) == 0 ? 30_000 : 800);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            switch (random.nextInt(6)) {
                case 0 -> text.appendCodePoint(random.nextInt(0x80));
                case 1 -> text.append(SPECIALS.charAt(random.nextInt(SPECIALS.length())));
                case 2 -> text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                case 3 -> text.append((char) random.nextInt(0x10000)); // lone surrogates included
                case 4 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                default -> text.append("abcdefghijklmnopqrstuvwxyz ".charAt(random.nextInt(27)));
            }
        }
        return text.toString();
    }

    /** Sentences of target names, cues, negators, quotes and odd characters: the engine's rules get exercised. */
    private static String randomWords(Random random) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(50) == 0) {
            // Thousands of letters glued by dots or hyphens: one token that the tokenizer's patterns recurse over.
            String unit = random.nextBoolean() ? "a." : "ab-";
            text.append(unit.repeat(1_000 + random.nextInt(6_000))).append(' ');
        }
        int words = random.nextInt(200);
        for (int k = 0; k < words; k++) {
            text.append(random.nextInt(8) == 0 ? String.valueOf(SPECIALS.charAt(random.nextInt(SPECIALS.length())))
                    : WORDS[random.nextInt(WORDS.length)]);
            text.append(random.nextInt(5) == 0 ? "" : " ");
        }
        return text.toString();
    }

    /** For .jsonl, wraps the text into lines of JSON, most valid, some broken, some with odd fields. */
    private static String jsonl(Random random, String extension, String text) {
        if (!extension.equals(".jsonl")) {
            return text;
        }
        StringBuilder lines = new StringBuilder();
        int count = 1 + random.nextInt(5);
        for (int k = 0; k < count; k++) {
            String id = random.nextInt(6) == 0 ? "dup" : "id-" + k;
            String body = quoteJson(text.substring(0, random.nextInt(text.length() + 1)));
            lines.append(switch (random.nextInt(8)) {
                case 0 -> "{\"id\": \"" + id + "\", \"text\": " + body;
                case 1 -> "{\"id\": 7.5, \"text\": " + body + "}";
                case 2 -> "{\"text\": " + body + "}";
                case 3 -> "[" + body + "]";
                case 4 -> "{\"id\": \"" + id + "\", \"text\": " + body + ", \"date\": \"2020-13\"}";
                default -> "{\"id\": \"" + id + "\", \"text\": " + body + ", \"date\": \"2021-05\", \"extra\": {\"a\": [1]}}";
            }).append(random.nextInt(4) == 0 ? "\r\n" : "\n");
        }
        return lines.toString();
    }

    private static String quoteJson(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c == '\n') {
                quoted.append("\\n");
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    /** UTF-8 mostly; sometimes with a BOM, UTF-16 with a BOM, or a legacy charset when the text fits it. */
    private static byte[] encode(Random random, String text) {
        return switch (random.nextInt(6)) {
            case 0 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case 1 -> text.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16 : Charset.forName("UTF-16LE"));
            case 2 -> text.getBytes(Charset.forName("windows-1252"));
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] mutate(Random random, byte[] original) {
        byte[] bytes = original.clone();
        int mutations = random.nextInt(40);
        for (int k = 0; k < mutations && bytes.length > 0; k++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(6)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes[at] = (byte) SPECIALS.charAt(random.nextInt(SPECIALS.length()));
                case 2 -> bytes = concat(java.util.Arrays.copyOf(bytes, at),
                        WORDS[random.nextInt(WORDS.length)].getBytes(StandardCharsets.UTF_8),
                        java.util.Arrays.copyOfRange(bytes, at, bytes.length));
                case 3 -> bytes = java.util.Arrays.copyOf(bytes, at);
                case 4 -> bytes = concat(java.util.Arrays.copyOf(bytes, at), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                        java.util.Arrays.copyOfRange(bytes, at, bytes.length));
                default -> {
                    int end = Math.min(bytes.length, at + random.nextInt(200));
                    bytes = concat(bytes, java.util.Arrays.copyOfRange(bytes, at, end));
                }
            }
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    /** The input as Java string escapes, so a failure message can be pasted into a test. */
    private static String escape(byte[] bytes) {
        StringBuilder out = new StringBuilder("bytes[" + bytes.length + "] \"");
        for (int k = 0; k < Math.min(bytes.length, 2_000); k++) {
            int b = bytes[k] & 0xFF;
            out.append(b >= 0x20 && b < 0x7F && b != '"' && b != '\\' ? String.valueOf((char) b) : String.format("\\x%02X", b));
        }
        return out.append(bytes.length > 2_000 ? "\"…" : "\"").toString();
    }
}
