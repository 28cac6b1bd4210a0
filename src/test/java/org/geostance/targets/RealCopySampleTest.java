package org.geostance.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.geostance.ingest.Article;
import org.geostance.ingest.ArticleParser;
import org.geostance.ingest.ParseResult;
import org.junit.jupiter.api.Test;

/**
 * The sample of published copy as scrapers and exports give it (src/test/resources/real-copy, written by us):
 * every paragraph, in order, with the targets it references. Furniture (bylines, timestamps, credits, links,
 * boilerplate) references nothing; headlines, ledes and captions keep theirs.
 */
class RealCopySampleTest {
    private static final Path SAMPLE = Path.of("src", "test", "resources", "real-copy");

    @Test
    void paragraphsAndTheirReferencesAreAsListed() throws IOException {
        List<String> actual = new ArrayList<>();
        ArticleParser parser = new ArticleParser(Map.of());
        List<Path> files;
        try (Stream<Path> listing = Files.list(SAMPLE)) {
            files = listing.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".jsonl")).sorted()
                    .toList();
        }
        for (Path file : files) {
            ParseResult parsed = parser.parse(file.toString(), Files.readAllBytes(file));
            assertThat(parsed.rejections()).isEmpty();
            for (Article article : parsed.articles()) {
                for (int p = 0; p < article.paragraphs().size(); p++) {
                    String text = article.paragraphs().get(p);
                    List<String> targets = Fixture.targets(Fixture.mentions(text, language(article), article.date()));
                    actual.add(article.id() + "\t" + (p + 1) + "\t"
                            + String.join(",", targets.stream().sorted().toList()) + "\t" + opening(text));
                }
            }
        }
        assertThat(actual).containsExactlyElementsOf(expected());
    }

    /** The first words, line breaks kept visible: they show where paragraphs and lines were cut. */
    private static String opening(String text) {
        String start = text.length() > 48 ? text.substring(0, 48) : text;
        return start.strip().replace("\n", "\\n");
    }

    private static List<String> expected() throws IOException {
        return Files.readAllLines(SAMPLE.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    /** The sample's article ids name their language (fr_afp_gaza, export-en-1). */
    private static String language(Article article) {
        return article.id().contains("fr") ? "fr" : "en";
    }
}
