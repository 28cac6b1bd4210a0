package org.geostance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geostance.ingest.Article;
import org.geostance.ingest.ArticleParser;
import org.geostance.ingest.ParseResult;
import org.geostance.testing.SampleParagraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
    @TempDir
    Path workspace;

    @Test
    void sameSeedSameBytesExactlyTheParagraphsAskedForInBothLanguages() throws IOException {
        SyntheticCorpus corpus = Benchmark.corpusLike(Path.of("data/articles"), 7);
        SyntheticCorpus.Written first = corpus.write(4_321, workspace.resolve("a"));
        SyntheticCorpus.Written second = corpus.write(4_321, workspace.resolve("b"));
        assertThat(first.files()).hasSize(second.files().size());
        for (int i = 0; i < first.files().size(); i++) {
            assertThat(Files.readAllBytes(first.files().get(i))).isEqualTo(Files.readAllBytes(second.files().get(i)));
        }
        SyntheticCorpus.Written other = Benchmark.corpusLike(Path.of("data/articles"), 8)
                .write(4_321, workspace.resolve("c"));
        assertThat(Files.readAllBytes(other.files().get(0))).isNotEqualTo(Files.readAllBytes(first.files().get(0)));

        List<String> paragraphs = new ArrayList<>();
        ArticleParser parser = new ArticleParser(Map.of());
        for (Path file : first.files()) {
            ParseResult parsed = parser.parse(file.toString(), Files.readAllBytes(file));
            assertThat(parsed.rejections()).isEmpty();
            for (Article article : parsed.articles()) {
                paragraphs.addAll(article.paragraphs());
            }
        }
        assertThat(paragraphs).hasSize(4_321);
        assertThat(first.paragraphs()).isEqualTo(4_321);
        assertThat(paragraphs).anyMatch(p -> p.contains(" a condamné ")).anyMatch(p -> p.contains(" condemned "));
    }

    @Test
    void paragraphLengthsFollowTheSampleArticles() throws IOException {
        SyntheticCorpus.Written written = Benchmark.corpusLike(Path.of("data/articles"), 7)
                .write(5_000, workspace.resolve("lengths"));
        double sampleMean = SampleParagraphs.articles().stream().mapToInt(String::length).average().orElseThrow();
        long chars = 0;
        long count = 0;
        ArticleParser parser = new ArticleParser(Map.of());
        for (Path file : written.files()) {
            for (Article article : parser.parse(file.toString(), Files.readAllBytes(file)).articles()) {
                for (String paragraph : article.paragraphs()) {
                    chars += paragraph.length();
                    count++;
                }
            }
        }
        // Sentences are appended until a drawn length is reached, so paragraphs run a little past it.
        assertThat(chars / (double) count).isBetween(sampleMean, sampleMean * 1.25);
    }
}
