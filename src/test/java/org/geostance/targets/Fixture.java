package org.geostance.targets;

import java.nio.file.Path;
import java.util.List;
import org.geostance.testing.SharedSpark;
import org.geostance.text.AnalyzedText;
import org.geostance.text.TextAnalyzer;

/** The shipped dictionary, a matcher on it and the shared analyzer. */
final class Fixture {
    static final Path SHIPPED = Path.of("data", "targets.json");
    static final TargetDictionary DICTIONARY = TargetDictionary.load(SHIPPED);
    static final TargetMatcher MATCHER = new TargetMatcher(DICTIONARY);

    private Fixture() {}

    static TextAnalyzer analyzer() {
        return SharedSpark.analyzer();
    }

    static List<Mention> mentions(String text, String language, String date) {
        return MATCHER.find(analyzer().analyze(text), language, date);
    }

    static List<Mention> fr(String text) {
        return mentions(text, "fr", "2020-07");
    }

    static List<Mention> en(String text) {
        return mentions(text, "en", "2020-07");
    }

    /** "USA:États-Unis" for each mention: the target and the text it covers. */
    static List<String> spans(String text, List<Mention> mentions) {
        return mentions.stream().map(m -> m.target() + ":" + text.substring(m.begin(), m.end())).toList();
    }

    static List<String> frSpans(String text) {
        return spans(text, fr(text));
    }

    static List<String> enSpans(String text) {
        return spans(text, en(text));
    }

    static List<String> targets(List<Mention> mentions) {
        return mentions.stream().map(Mention::target).distinct().toList();
    }

    static AnalyzedText analyze(String text) {
        return analyzer().analyze(text);
    }
}
