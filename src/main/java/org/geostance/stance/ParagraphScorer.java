package org.geostance.stance;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.geostance.targets.Mention;
import org.geostance.targets.TargetDictionary;
import org.geostance.targets.TargetMatcher;
import org.geostance.text.AnalyzedText;
import org.geostance.text.LanguageDetector;
import org.geostance.text.TextAnalyzer;

/**
 * Everything the job does to one paragraph, in order: language, tokens and sentences, target references,
 * stance per referenced target. The same object serves the Spark job (one copy per executor), {@code explain}
 * and {@code evaluate}.
 */
public final class ParagraphScorer implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The marks a quotation opens with, as ParagraphAnalysis reads them. */
    private static final Set<String> OPENING_MARKS = Set.of("«", "\"", "“");

    private final LanguageDetector languages;
    private final TextAnalyzer analyzer;
    private final TargetMatcher matcher;
    private final StanceEngine engine;

    public ParagraphScorer(LanguageDetector languages, TextAnalyzer analyzer, TargetMatcher matcher, StanceEngine engine) {
        this.languages = languages;
        this.analyzer = analyzer;
        this.matcher = matcher;
        this.engine = engine;
    }

    /** The scorer the job ships: Spark NLP's tokenizer needs an active SparkSession in this JVM to be built. */
    public static ParagraphScorer create(TargetDictionary targets, StanceEngine engine) {
        return new ParagraphScorer(new LanguageDetector(), TextAnalyzer.create(), new TargetMatcher(targets), engine);
    }

    /**
     * The language an article's paragraphs are read against: the one its source declared, else the one its text
     * shows as a whole (null when neither says).
     */
    public String articleLanguage(List<String> paragraphs, String declared) {
        return declared != null && !declared.isBlank() ? declared : languages.detectArticle(paragraphs);
    }

    /**
     * @param languageHint the article's language ({@link #articleLanguage}), used when the paragraph alone cannot
     *                     decide; may be null
     * @param articleDate  "YYYY-MM", "YYYY-MM-DD" or null; leaders count for a target only inside their term
     */
    public Result score(String paragraph, String languageHint, String articleDate) {
        return score(paragraph, analyze(paragraph), languageHint, articleDate);
    }

    /** The paragraph's tokens and sentences. */
    public AnalyzedText analyze(String paragraph) {
        return analyzer.analyze(paragraph);
    }

    /** As {@link #score(String, String, String)}, with the paragraph's analysis from {@link #analyze}. */
    public Result score(String paragraph, AnalyzedText text, String languageHint, String articleDate) {
        return score(paragraph, text, languageHint, articleDate, null);
    }

    /**
     * As {@link #score(String, AnalyzedText, String, String)}, for a paragraph of an article whose previous
     * paragraph ended with this speaker ({@link #closingSpeaker}; null: the author).
     */
    public Result score(String paragraph, AnalyzedText text, String languageHint, String articleDate, Speaker carried) {
        String language = languages.detect(paragraph, languageHint);
        if (LanguageDetector.UNKNOWN.equals(language) && languageHint != null && !languageHint.isBlank()) {
            language = languageHint;
        }
        List<Mention> mentions = matcher.find(text, language, articleDate);
        return new Result(language, text, mentions, engine.score(text, language, mentions, carried));
    }

    /**
     * The speaker handed to a paragraph of an article from the one before it: the speaker of a quotation the
     * previous paragraph left open, when this one opens with a quotation mark (the only case it serves, so other
     * paragraphs are never looked at twice); else null.
     *
     * @param previousCarried the speaker the previous paragraph was itself handed
     */
    public Speaker carriedInto(AnalyzedText text, Result previous, Speaker previousCarried) {
        if (previous == null || text.tokens().isEmpty() || !OPENING_MARKS.contains(text.tokens().get(0).key())) {
            return null;
        }
        return engine.closingSpeaker(previous.text(), previous.language(), previous.mentions(), previousCarried);
    }

    /**
     * Articles whose paragraphs {@link #analyze} should see at once: Spark NLP's tokenizer has a fixed cost per call
     * (about 0.3 ms) that a few dozen articles' new words share.
     */
    public static final int ARTICLES_PER_BATCH = 32;

    /**
     * The analyses of these paragraphs, in order, their new words through the tokenizer in one call; null when
     * that fails (a pathological token can overflow the tokenizer's regular expressions): each paragraph is then
     * analysed when it is scored, where the caller can name the one that fails.
     */
    public List<AnalyzedText> analyze(List<String> paragraphs) {
        try {
            return analyzer.analyzeAll(paragraphs);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** The paragraph's language, analysis, references and one stance per referenced target. */
    public record Result(String language, AnalyzedText text, List<Mention> mentions, List<TargetStance> stances)
            implements Serializable {}
}
