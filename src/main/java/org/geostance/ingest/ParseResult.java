package org.geostance.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * What one input file gave: its articles (in file order), its rejections, and the charset its bytes were decoded
 * with (null when they could not be decoded, or were not read at all).
 */
public record ParseResult(String input, List<Article> articles, List<Rejection> rejections, String charset)
        implements Serializable {

    public ParseResult {
        articles = List.copyOf(articles);
        rejections = List.copyOf(rejections);
    }

    /** A file that gave no text at all: one rejection, no charset. */
    public static ParseResult rejected(Rejection rejection) {
        return new ParseResult(rejection.input(), List.of(), List.of(rejection), null);
    }
}
