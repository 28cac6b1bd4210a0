package org.geostance.stance;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geostance.targets.Mention;
import org.geostance.text.AnalyzedText;

/**
 * Scores a paragraph's stance toward each target it mentions, from cue lexicons and attachment rules. Pure
 * Java, no SparkSession; serializable, so that one instance can be shipped to Spark executors; thread-safe.
 */
public final class StanceEngine implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final List<String> LANGUAGES = List.of("fr", "en");
    static final String ACTORS_FILE = "actors.json";
    /** The order the rules read mentions in; the stand-ins and counterparts added later keep it. */
    static final Comparator<Mention> MENTION_ORDER =
            Comparator.comparingInt(Mention::firstToken).thenComparingInt(Mention::endToken);

    private final Map<String, Lexicon> lexicons;
    private final Actors actors;
    private final ConfidenceTable confidences;
    private final String digest;
    final Params params;
    // Learned decision layers (data/lexicons/decision.<language>.tsv); a language without one keeps the hand decision.
    private final DecisionModel decisions;

    private StanceEngine(Map<String, Lexicon> lexicons, Actors actors, ConfidenceTable confidences, String digest,
                         Params params, DecisionModel decisions) {
        this.lexicons = lexicons;
        this.actors = actors;
        this.confidences = confidences;
        this.digest = digest;
        this.params = params;
        this.decisions = decisions;
    }

    /**
     * Loads {@code fr.tsv}, {@code fr.function.tsv}, {@code en.tsv}, {@code en.function.tsv},
     * {@code confidence.tsv} and any {@code decision.<language>.tsv} from the directory, and {@code actors.json}
     * from it or from its parent (data/actors.json beside data/lexicons/).
     *
     * @throws InvalidLexiconException with a one-line message naming file:line
     */
    public static StanceEngine load(Path lexiconDir) {
        if (!Files.isDirectory(lexiconDir)) {
            throw new InvalidLexiconException(lexiconDir + ":0: not a directory");
        }
        List<Path> loaded = new ArrayList<>();
        Map<String, Lexicon> lexicons = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            lexicons.put(language, Lexicon.load(lexiconDir, language, loaded));
        }
        ConfidenceTable confidences = ConfidenceTable.load(lexiconDir, loaded);
        DecisionModel decisions = DecisionModel.load(lexiconDir, LANGUAGES, loaded);
        Path actorsFile = lexiconDir.resolve(ACTORS_FILE);
        if (!Files.exists(actorsFile) && lexiconDir.toAbsolutePath().getParent() != null) {
            actorsFile = lexiconDir.toAbsolutePath().getParent().resolve(ACTORS_FILE);
        }
        Actors actors = Actors.empty();
        if (Files.exists(actorsFile)) {
            actors = Actors.load(actorsFile);
            loaded.add(actorsFile);
        }
        return new StanceEngine(lexicons, actors, confidences, digest(loaded), Params.DEFAULT, decisions);
    }

    /** The same lexicons with other numeric parameters (for tuning and tests). */
    StanceEngine withParams(Params other) {
        return new StanceEngine(lexicons, actors, confidences, digest, other, decisions);
    }

    /**
     * The same engine without its learned decision layers: the hand decision in every language, which training
     * and comparisons read (the digest stays the loaded files').
     */
    public StanceEngine handDecision() {
        return new StanceEngine(lexicons, actors, confidences, digest, params, DecisionModel.none());
    }

    /**
     * One {@link TargetStance} per target that has at least one mention, in order of first mention; in a language
     * with a learned decision layer, the layer sets the label and score ({@link LearnedDecision}). Languages other
     * than fr/en: neutral, score 0, low confidence, no evidence.
     */
    public List<TargetStance> score(AnalyzedText text, String language, List<Mention> mentions) {
        return score(text, language, mentions, null);
    }

    /**
     * As {@link #score(AnalyzedText, String, List)}, for a paragraph of an article whose previous paragraph ended
     * with this speaker ({@link #closingSpeaker}; null: the author): a quotation that opens the paragraph with no
     * attribution of its own is that speaker's.
     */
    public List<TargetStance> score(AnalyzedText text, String language, List<Mention> mentions, Speaker carried) {
        List<TargetStance> hand = handScore(text, language, mentions, carried);
        if (hand.isEmpty() || !decisions.knows(language)) {
            return hand;
        }
        return LearnedDecision.decide(decisions, language, text, mentions, hand, confidences, 0).stream()
                .map(LearnedDecision.Decision::stance).toList();
    }

    /** For explaining: each referenced target's hand stance beside the layer's, with the features that weighed most. */
    public List<LearnedDecision.Decision> decisions(AnalyzedText text, String language, List<Mention> mentions,
                                                    int strongest) {
        return LearnedDecision.decide(decisions, language, text, mentions, handScore(text, language, mentions, null),
                confidences, strongest);
    }

    /**
     * The speaker of a quotation the paragraph leaves open at its end, for the article's next paragraph; null when
     * there is none or the language has no lexicon. {@code carried} is the speaker the paragraph itself was handed.
     */
    public Speaker closingSpeaker(AnalyzedText text, String language, List<Mention> mentions, Speaker carried) {
        Lexicon lexicon = language == null ? null : lexicons.get(language);
        if (lexicon == null) {
            return null;
        }
        List<Mention> sorted = new ArrayList<>(mentions == null ? List.of() : mentions);
        sorted.sort(MENTION_ORDER);
        return new ParagraphAnalysis(lexicon, actors, params, confidences, text, language, sorted, carried)
                .closingSpeaker();
    }

    /** The hand decision: cue lexicons and attachment rules. */
    private List<TargetStance> handScore(AnalyzedText text, String language, List<Mention> mentions, Speaker carried) {
        if (mentions == null || mentions.isEmpty()) {
            return List.of();
        }
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(MENTION_ORDER);
        Lexicon lexicon = language == null ? null : lexicons.get(language);
        if (lexicon == null || text.tokens().isEmpty()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Mention m : sorted) {
                counts.merge(m.target(), 1, Integer::sum);
            }
            List<TargetStance> out = new ArrayList<>(counts.size());
            counts.forEach((target, count) -> out.add(new TargetStance(target, count, Stance.NEUTRAL, 0.0,
                    params.unsupportedConfidence(), List.of(), "author", null, null)));
            return out;
        }
        sorted = StandIns.add(text, language, lexicon, actors, sorted);
        sorted = Counterparts.add(text, language, lexicon, actors, sorted);
        return new ParagraphAnalysis(lexicon, actors, params, confidences, text, language, sorted, carried).run();
    }

    /** The tally behind a label's confidence, for explaining it. */
    public ConfidenceTable.Cell confidenceBasis(EvidenceClass evidenceClass) {
        return confidences.cellFor(evidenceClass);
    }

    /** SHA-256 over the lexicon files loaded, in load order. */
    public String digest() {
        return digest;
    }

    /** Number of cue entries per language, for reports. */
    public Map<String, Integer> cueCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        lexicons.forEach((lang, lex) -> counts.put(lang, lex.cueCount));
        return counts;
    }

    /** Version header of each language's cue file. */
    public Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        lexicons.forEach((lang, lex) -> versions.put(lang, lex.version));
        return versions;
    }

    private static String digest(List<Path> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (Path file : files) {
                sha.update(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                try (InputStream in = Files.newInputStream(file)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        sha.update(buffer, 0, read);
                    }
                }
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot digest lexicons", e);
        }
    }

    /** Numeric parameters of scoring. */
    record Params(double threshold, double negatedPositive, double negatedNegative, double afterContrast,
                  double beforeContrast, double nearestFactor, int nearestMaxDistance, double unsupportedConfidence)
            implements Serializable {
        static final Params DEFAULT = new Params(0.3, -1.0, -0.3, 1.5, 0.6, 0.7, 8, 0.1);
    }
}
