package org.geostance.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.geostance.ingest.Article;
import org.geostance.ingest.ArticleParser;

/** Every paragraph of the real French and English articles under data/ (sample corpus, dev and test gold sets). */
public final class SampleParagraphs {
    private static final Path ARTICLES = Path.of("data/articles");
    private static final List<Path> FOLDERS = List.of(ARTICLES, Path.of("data/gold/dev"), Path.of("data/gold/test"));

    private SampleParagraphs() {}

    public static List<String> all() {
        return of(FOLDERS);
    }

    /** The sample corpus only (data/articles). */
    public static List<String> articles() {
        return of(List.of(ARTICLES));
    }

    private static List<String> of(List<Path> folders) {
        List<String> paragraphs = new ArrayList<>();
        for (Article article : articlesIn(folders)) {
            paragraphs.addAll(article.paragraphs());
        }
        return paragraphs;
    }

    /** The articles of the sample corpus and the dev gold set: the texts rules may be tuned on. */
    public static List<Article> tuningArticles() {
        return articlesIn(List.of(ARTICLES, Path.of("data/gold/dev")));
    }

    private static List<Article> articlesIn(List<Path> folders) {
        ArticleParser parser = new ArticleParser(Map.of());
        List<Article> articles = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".jsonl"))
                        .sorted().toList()) {
                    articles.addAll(parser.parse(file.toString(), Files.readAllBytes(file)).articles());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return articles;
    }
}
