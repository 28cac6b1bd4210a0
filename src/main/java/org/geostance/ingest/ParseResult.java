package org.geostance.ingest;

import java.io.Serializable;
import java.util.List;

/** What one input file gave: its articles (in file order) and its rejections. */
public record ParseResult(List<Article> articles, List<Rejection> rejections) implements Serializable {

    public ParseResult {
        articles = List.copyOf(articles);
        rejections = List.copyOf(rejections);
    }
}
