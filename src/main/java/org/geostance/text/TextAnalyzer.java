package org.geostance.text;

import com.johnsnowlabs.nlp.Annotation;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import scala.Option;
import scala.collection.JavaConverters;
import scala.collection.Seq;
import scala.collection.immutable.HashMap;

/**
 * The text pipeline: a document annotation, Spark NLP's rule tokenizer configured for French and English,
 * then sentences from the tokens. Built once per JVM and shipped to executors; calling {@link #analyze} needs
 * no SparkSession, building one does (Spark NLP stores annotator parameters through the active session).
 */
public final class TextAnalyzer implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Longest paragraph analysed in full; the rest is dropped so that one scraped page cannot stall a task. */
    public static final int MAX_ANALYZED_CHARS = 20_000;

    private static final String[] CONTEXT_CHARS = {
        ".", ",", ";", ":", "!", "?", "*", "-", "(", ")", "[", "]", "\"", "'", "«", "»", "“", "”", "…", "/"
    };

    // Order matters: Spark NLP applies the first infix rule that matches. setInfixPatterns replaces the
    // defaults, so the general rules that follow the elision rule are Spark NLP's own defaults, kept.
    private static final String[] INFIX_PATTERNS = {
        // French elisions: l'accord, d'Israël, qu'Ankara, jusqu'à, n'ont → "l'" + "accord"
        "(?i)((?:l|d|qu|n|s|c|j|m|t|jusqu|lorsqu|puisqu|quoiqu)')(\\p{L}+(?:-\\p{L}+)*)",
        "([\\$#]?\\d+(?:[^\\s\\d]{1}\\d+)*)",
        "((?:\\p{L}\\.)+)",
        "(\\p{L}+)(n't\\b)",
        "(\\p{L}+)('\\p{L}+)",
        // Hyphenated and dotted names stay whole: États-Unis, Tel-Aviv, Maison-Blanche.
        "((?:\\p{L}+[-.]{1})+\\p{L}+)",
        "([\\p{L}\\w]+)",
        "([^\\s\\p{L}\\d])"
    };

    // Spark NLP reads exceptions as regular expressions: the dots must be escaped or "U.S." glues "suis allé".
    private static final String[] EXCEPTIONS = {"aujourd'hui", "U\\.S\\.", "U\\.S\\.A\\.", "U\\.K\\.", "U\\.N\\."};

    private final TokenizerModel tokenizer;

    private TextAnalyzer(TokenizerModel tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** Builds the Spark NLP tokenizer; requires an active SparkSession in this JVM. */
    public static TextAnalyzer create() {
        Tokenizer approach = new Tokenizer();
        approach.setInputCols(new String[] {"document"});
        approach.setOutputCol("token");
        approach.setContextChars(CONTEXT_CHARS);
        approach.setInfixPatterns(INFIX_PATTERNS);
        approach.setExceptions(EXCEPTIONS);
        approach.setCaseSensitiveExceptions(false);
        return new TextAnalyzer(approach.train(null, Option.empty()));
    }

    public AnalyzedText analyze(String paragraph) {
        String text = paragraph.length() > MAX_ANALYZED_CHARS ? paragraph.substring(0, MAX_ANALYZED_CHARS) : paragraph;
        String prepared = prepare(text);
        if (prepared.isBlank()) {
            return new AnalyzedText(text, List.of(), List.of());
        }
        Annotation document = new Annotation("document", 0, prepared.length() - 1, prepared,
                new HashMap<>(), new float[0]);
        Seq<Annotation> annotations = tokenizer.annotate(JavaConverters.asScalaBuffer(List.of(document)).toSeq());
        List<Token> tokens = new ArrayList<>(annotations.size());
        for (Annotation annotation : JavaConverters.seqAsJavaList(annotations)) {
            addSplittingPunctuation(tokens, annotation.result(), annotation.begin());
        }
        return new AnalyzedText(text, tokens, SentenceSegmenter.segment(tokens));
    }

    /**
     * Spark NLP's suffix and prefix rules hand back a run of punctuation as one token (« », », ",\" », « .» »,
     * « (« »): such a run is split where the character changes, so that a quote mark and the comma or full stop
     * beside it are separate tokens; runs of one character (« ... », « -- ») stay whole.
     */
    private static void addSplittingPunctuation(List<Token> tokens, String text, int begin) {
        if (text.length() < 2 || !isPunctuation(text)) {
            tokens.add(Token.of(text, begin));
            return;
        }
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) != text.charAt(i - 1)) {
                tokens.add(Token.of(text.substring(start, i), begin + start));
                start = i;
            }
        }
    }

    private static boolean isPunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Maps each character that the tokenizer would mishandle to a plain one, one for one, so that token offsets
     * are offsets in the original paragraph: Unicode spaces (NBSP and narrow NBSP around « »), zero-width and
     * bidi marks, control characters, typographic apostrophes.
     */
    static String prepare(String text) {
        char[] chars = Folding.unifyApostrophes(text).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (Character.isSpaceChar(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
