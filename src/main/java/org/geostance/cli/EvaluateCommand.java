package org.geostance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geostance.evaluation.Disagreements;
import org.geostance.evaluation.Evaluator;
import org.geostance.evaluation.GoldSet;
import org.geostance.evaluation.Metrics;
import org.geostance.ingest.Article;
import org.geostance.ingest.LocalArticles;
import org.geostance.spark.LocalSpark;
import org.geostance.stance.ParagraphScorer;
import org.geostance.stance.StanceEngine;
import org.geostance.targets.TargetDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Measures the engine against a labeled set; the last line printed is {@code F_avg=<number>}. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Compare the job's stances with a gold file (article_id, paragraph, target, label).")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "TSV", description = "The labeled pairs.")
    Path gold;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "The gold articles; repeatable.")
    List<String> inputs;

    @Option(names = "--report", paramLabel = "JSON",
            description = "Where to write the measures as JSON (default: evaluation/<gold name>.json).")
    Path report;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write every pair where the job and the gold disagree, with the paragraph and the"
                    + " evidence. Meant for the dev split: a test split is for reading numbers, not mistakes.")
    Path errors;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) {
            throw new IllegalArgumentException("--gold " + gold + ": no such file");
        }
        GoldSet goldSet = GoldSet.read(gold);
        List<Article> articles = LocalArticles.read(inputs);
        TargetDictionary dictionary = engineOptions.dictionary();
        StanceEngine engine = engineOptions.engine();
        StringBuilder disagreements = new StringBuilder();
        Map<String, Metrics> metrics = LocalSpark.withSession("geostance-evaluate", 1, false,
                spark -> Evaluator.evaluate(goldSet, articles, ParagraphScorer.create(dictionary, engine), outcome -> {
                    if (errors != null && !outcome.agrees()) {
                        disagreements.append(Disagreements.format(outcome)).append('\n');
                    }
                }));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("gold", gold.toString());
        json.put("targets_digest", dictionary.digest());
        json.put("lexicons_digest", engine.digest());
        metrics.forEach((language, m) -> {
            if (!language.equals(Evaluator.ALL)) {
                System.out.println(m.format("language " + language));
            }
            json.put(language, m.toMap());
        });
        Metrics all = metrics.getOrDefault(Evaluator.ALL, new Metrics());
        System.out.println(all.format("all languages"));
        Path reportPath = report != null ? report
                : Path.of("evaluation", gold.getFileName().toString().replaceFirst("\\.tsv$", "") + ".json");
        Files.createDirectories(reportPath.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(reportPath.toFile(), json);
        System.out.println("report: " + reportPath);
        if (errors != null) {
            if (errors.toAbsolutePath().getParent() != null) {
                Files.createDirectories(errors.toAbsolutePath().getParent());
            }
            Files.writeString(errors, disagreements);
            System.out.println("disagreements: " + errors);
        }
        System.out.printf("F_avg=%.4f%n", all.fAvg());
        return 0;
    }
}
