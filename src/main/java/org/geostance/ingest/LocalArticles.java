package org.geostance.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * Reads a few local article files in this JVM, with the job's resolver and parser: for the small sets that
 * {@code evaluate} and the engine benchmark use, where a Spark job would only add start-up time.
 */
public final class LocalArticles {
    private LocalArticles() {}

    /** @throws IllegalArgumentException when a file is rejected: a gold or benchmark set must be read whole */
    public static List<Article> read(List<String> inputs) throws IOException {
        ArticleParser parser = new ArticleParser(Map.of());
        List<Article> articles = new ArrayList<>();
        for (String file : InputResolver.resolve(inputs, new Configuration())) {
            ParseResult result = parser.parse(file, Files.readAllBytes(Path.of(file.replaceFirst("^file:", ""))));
            if (!result.rejections().isEmpty()) {
                throw new IllegalArgumentException("article rejected: " + result.rejections().get(0).detail());
            }
            articles.addAll(result.articles());
        }
        return articles;
    }
}
