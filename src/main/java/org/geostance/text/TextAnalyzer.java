package org.geostance.text;

import com.johnsnowlabs.nlp.Annotation;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
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

    /**
     * Words recur: news text reuses a few ten thousand space-separated chunks ("Ankara,", "l'accord"), and Spark
     * NLP's tokenizer costs some 30 µs per chunk and 0.1–0.3 ms per call (measured here). Each chunk is tokenized
     * once per task thread and its tokens reused. A large corpus has far more distinct chunks (names, numbers) than
     * this; the recently used ones are kept (about 30 MB at this size, per task thread).
     */
    private static final int MAX_CACHED_CHUNKS = 200_000;

    static {
        for (String exception : EXCEPTIONS) {
            if (exception.contains(" ") || exception.contains("\\s")) {
                throw new IllegalStateException("a tokenizer exception with a space breaks the chunk cache: " + exception);
            }
        }
    }

    private final TokenizerModel tokenizer;
    /** One cache per task thread: looked up for every chunk, it must cost no more than a hash lookup. */
    private transient volatile ThreadLocal<LruCache<Token[]>> chunks;

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
        return analyzeAll(List.of(paragraph)).get(0);
    }

    /**
     * Analyses paragraphs together, each split into chunks once: every chunk the cache lacks goes through Spark
     * NLP's tokenizer in one call, so text with many new words (names, numbers) pays the tokenizer's fixed cost
     * once per batch, not once per paragraph. The tokens of each paragraph are those it has analysed alone.
     */
    public List<AnalyzedText> analyzeAll(List<String> paragraphs) {
        String[] texts = new String[paragraphs.size()];
        int[] firstChunk = new int[paragraphs.size() + 1];
        List<Integer> begins = new ArrayList<>();
        List<String> chunkTexts = new ArrayList<>();
        for (int p = 0; p < texts.length; p++) {
            texts[p] = truncate(paragraphs.get(p));
            firstChunk[p] = chunkTexts.size();
            split(prepare(texts[p]), begins, chunkTexts);
        }
        firstChunk[texts.length] = chunkTexts.size();
        Token[][] chunkTokens = tokensOf(chunkTexts);
        List<AnalyzedText> analyzed = new ArrayList<>(texts.length);
        for (int p = 0; p < texts.length; p++) {
            List<Token> tokens = new ArrayList<>();
            for (int c = firstChunk[p]; c < firstChunk[p + 1]; c++) {
                int offset = begins.get(c);
                for (Token token : chunkTokens[c]) {
                    tokens.add(offset == 0 ? token
                            : new Token(token.text(), token.key(), token.begin() + offset, token.end() + offset));
                }
            }
            analyzed.add(tokens.isEmpty() ? new AnalyzedText(texts[p], List.of(), List.of())
                    : new AnalyzedText(texts[p], tokens, SentenceSegmenter.segment(texts[p], tokens)));
        }
        return analyzed;
    }

    /** The tokens of each chunk: from the cache, the missing ones tokenized together and cached. */
    private Token[][] tokensOf(List<String> chunkTexts) {
        LruCache<Token[]> cache = chunkCache();
        Token[][] chunkTokens = new Token[chunkTexts.size()][];
        Set<String> missing = new LinkedHashSet<>();
        for (int c = 0; c < chunkTexts.size(); c++) {
            chunkTokens[c] = cache.get(chunkTexts.get(c));
            if (chunkTokens[c] == null) {
                missing.add(chunkTexts.get(c));
            }
        }
        if (!missing.isEmpty()) {
            Map<String, Token[]> fresh = tokenizeAndCache(cache, missing);
            for (int c = 0; c < chunkTexts.size(); c++) {
                if (chunkTokens[c] == null) {
                    chunkTokens[c] = fresh.get(chunkTexts.get(c));
                }
            }
        }
        return chunkTokens;
    }

    private static String truncate(String paragraph) {
        return paragraph.length() > MAX_ANALYZED_CHARS ? paragraph.substring(0, MAX_ANALYZED_CHARS) : paragraph;
    }

    /** Appends the space-separated chunks of a prepared text and where each begins. */
    private static void split(String prepared, List<Integer> begins, List<String> chunkTexts) {
        int begin = -1;
        for (int i = 0; i <= prepared.length(); i++) {
            boolean space = i == prepared.length() || prepared.charAt(i) == ' ';
            if (!space && begin < 0) {
                begin = i;
            } else if (space && begin >= 0) {
                begins.add(begin);
                chunkTexts.add(prepared.substring(begin, i));
                begin = -1;
            }
        }
    }

    /**
     * Tokenizes the chunks and caches their tokens. A chunk of letters only is one token whatever the rules (no
     * rule splits inside a run of letters, and the exceptions all hold an apostrophe or a dot), so only the
     * others go through Spark NLP, whose cost is some 30 µs per chunk: on news text most new chunks are plain
     * words.
     */
    private Map<String, Token[]> tokenizeAndCache(LruCache<Token[]> cache, Set<String> missing) {
        Map<String, Token[]> fresh = new java.util.HashMap<>();
        List<String> ruled = new ArrayList<>();
        for (String chunk : missing) {
            if (isLetters(chunk)) {
                fresh.put(chunk, new Token[] {Token.of(chunk, 0)});
            } else {
                ruled.add(chunk);
            }
        }
        if (!ruled.isEmpty()) {
            fresh.putAll(tokenizeChunks(ruled));
        }
        fresh.forEach(cache::put);
        return fresh;
    }

    private static boolean isLetters(String chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            if (!Character.isLetter(chunk.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs Spark NLP's tokenizer once over the chunks joined by spaces and hands each chunk its tokens, with
     * offsets relative to the chunk. No token crosses a space (the tokenizer's target pattern is {@code \S+}
     * and no exception holds a space), so a chunk's tokens do not depend on its neighbours.
     */
    Map<String, Token[]> tokenizeChunks(List<String> chunks) {
        String joined = String.join(" ", chunks);
        Annotation document = new Annotation("document", 0, joined.length() - 1, joined, new HashMap<>(), new float[0]);
        Seq<Annotation> annotations = tokenizer.annotate(JavaConverters.asScalaBuffer(List.of(document)).toSeq());
        Map<String, Token[]> byChunk = new java.util.HashMap<>();
        Iterator<Annotation> found = JavaConverters.seqAsJavaList(annotations).iterator();
        Annotation next = found.hasNext() ? found.next() : null;
        int chunkBegin = 0;
        for (String chunk : chunks) {
            int chunkEnd = chunkBegin + chunk.length();
            List<Token> tokens = new ArrayList<>();
            while (next != null && next.begin() < chunkEnd) {
                addSplittingPunctuation(tokens, next.result(), next.begin() - chunkBegin);
                next = found.hasNext() ? found.next() : null;
            }
            byChunk.put(chunk, tokens.toArray(new Token[0]));
            chunkBegin = chunkEnd + 1;
        }
        return byChunk;
    }

    private LruCache<Token[]> chunkCache() {
        ThreadLocal<LruCache<Token[]>> local = chunks;
        if (local == null) {
            synchronized (this) {
                if (chunks == null) {
                    chunks = ThreadLocal.withInitial(() -> new LruCache<>(MAX_CACHED_CHUNKS));
                }
                local = chunks;
            }
        }
        return local.get();
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
