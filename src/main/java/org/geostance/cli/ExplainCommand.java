package org.geostance.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.geostance.ingest.ParagraphSplitter;
import org.geostance.spark.LocalSpark;
import org.geostance.stance.ConfidenceTable;
import org.geostance.stance.Evidence;
import org.geostance.stance.LearnedDecision;
import org.geostance.stance.ParagraphScorer;
import org.geostance.stance.StanceEngine;
import org.geostance.stance.TargetStance;
import org.geostance.targets.Mention;
import org.geostance.targets.TargetDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Scores one paragraph and shows the references and the evidence behind each stance. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Score one paragraph (argument or standard input) and show why.")
final class ExplainCommand implements Callable<Integer> {
    /** How many of a learned decision's strongest features explain prints. */
    private static final int STRONGEST = 5;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The paragraph; read from standard input if absent.")
    String text;

    @Option(names = "--date", paramLabel = "YYYY-MM[-DD]", description = "Article date, for leaders' terms of office.")
    String date;

    @Option(names = "--language", paramLabel = "CODE", description = "Language hint used when detection is unsure.")
    String language;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException {
        String raw = text != null ? text : new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        // Lines join as the ingest joins a paragraph's: wrapped ones with a space, a line ended on purpose kept.
        String paragraph = String.join("\n", ParagraphSplitter.split(raw));
        if (paragraph.isBlank()) {
            throw new IllegalArgumentException("nothing to explain: give a paragraph as argument or on standard input");
        }
        TargetDictionary dictionary = engineOptions.dictionary();
        StanceEngine engine = engineOptions.engine();
        // Spark NLP's tokenizer is built through a SparkSession; one local thread, no UI, nothing listening.
        ParagraphScorer.Result result = LocalSpark.withSession("geostance-explain", 1, false,
                spark -> ParagraphScorer.create(dictionary, engine).score(paragraph, language, date));
        print(System.out, result, engine);
        return 0;
    }

    static void print(PrintStream out, ParagraphScorer.Result result, StanceEngine engine) {
        out.println("language: " + result.language());
        if (result.stances().isEmpty()) {
            out.println("no target referenced");
            return;
        }
        out.print("references:");
        for (Mention mention : result.mentions()) {
            out.printf(" %s=\"%s\" (%s)", mention.target(), result.text().span(mention.begin(), mention.end()),
                    mention.kind().name().toLowerCase());
        }
        out.println();
        java.util.Set<String> used = new java.util.TreeSet<>();
        List<LearnedDecision.Decision> decisions = engine.decisions(result.text(), result.language(),
                result.mentions(), STRONGEST);
        for (int i = 0; i < result.stances().size(); i++) {
            TargetStance stance = result.stances().get(i);
            out.printf("%s %s  score=%+.2f confidence=%.2f mentions=%d holder=%s%s%n", stance.target(),
                    stance.stance().label(), stance.score(), stance.confidence(), stance.mentions(), stance.holder(),
                    stance.holderCountry() == null ? "" : " (" + stance.holderCountry() + ")");
            LearnedDecision.Decision decision = decisions.get(i);
            if (decision.probabilities() != null) {
                out.printf("    decision layer: %s p=%.2f (hand: %s, score %+.2f); strongest: %s%n",
                        stance.stance().label(), decision.probability(),
                        decision.hand().stance().label(), decision.hand().score(),
                        decision.strongest().stream().map(e -> String.format("%s %+.2f", e.getKey(), e.getValue()))
                                .collect(java.util.stream.Collectors.joining(", ")));
            }
            if (stance.evidenceClass() != null) {
                ConfidenceTable.Cell basis = engine.confidenceBasis(stance.evidenceClass());
                out.printf("    confidence: labels of class [%s] right %d of %d times on the tuning splits; of [%s] %d"
                        + " of %d on the held-out split%n", basis.key(), basis.right(), basis.pairs(), basis.group(),
                        basis.groupRight(), basis.groupPairs());
            }
            for (Evidence evidence : stance.evidence()) {
                out.printf("    @%d-%d %s%n", evidence.begin(), evidence.end(), evidence.describe());
                used.addAll(evidence.rules());
            }
            if (stance.evidence().isEmpty()) {
                out.println("    no cue attached to this target");
            }
        }
        if (!used.isEmpty()) {
            out.println("why:");
            for (String rule : used) {
                out.printf("    %s: %s%n", rule, Evidence.RULE_MEANINGS.getOrDefault(rule, "?"));
            }
        }
    }
}
