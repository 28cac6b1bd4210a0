package org.geostance.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.geostance.output.RunReport;
import org.geostance.spark.ConsoleProgress;
import org.geostance.spark.JobConfig;
import org.geostance.spark.LocalSpark;
import org.geostance.spark.ScoringJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Scores a corpus on Spark and writes the tables. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score every paragraph of the input articles and write the stance tables.")
final class ScoreCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A file, a folder or a glob of .txt / .jsonl articles; repeatable.")
    List<String> inputs;

    @Option(names = "--output", defaultValue = "output", paramLabel = "DIR",
            description = "Output folder, replaced only when the run succeeds (default: ${DEFAULT-VALUE}).")
    String output;

    @Option(names = "--metadata", paramLabel = "CSV", description = "article_id,source,date,title,url for .txt files.")
    Path metadata;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--csv", description = "Also write one UTF-8 CSV per table under DIR/csv.")
    boolean csv;

    @Option(names = "--partitions", defaultValue = "0", description = "Partitions for scoring (default: from the input).")
    int partitions;

    @Option(names = "--threads", defaultValue = "0",
            description = "Local mode only: worker threads (default: all cores).")
    int threads;

    @Option(names = "--ui", description = "Local mode only: start the Spark UI, on 127.0.0.1.")
    boolean ui;

    @Override
    public Integer call() throws IOException {
        JobConfig config = new JobConfig(inputs, output, EngineOptions.existing(metadata, "--metadata"),
                engineOptions.targetsPath(), engineOptions.lexiconsPath(), csv, partitions);
        OutputChecks.validate(output, inputs);
        PrintStream out = System.out;
        RunReport report = LocalSpark.withSession("geostance", threads, ui, spark -> {
            ConsoleProgress progress = new ConsoleProgress(out);
            spark.sparkContext().addSparkListener(progress);
            try {
                return new ScoringJob(spark, progress).run(config);
            } finally {
                spark.sparkContext().removeSparkListener(progress);
            }
        });
        printSummary(out, report);
        return 0;
    }

    private static void printSummary(PrintStream out, RunReport report) {
        RunReport.Counts counts = report.counts();
        out.printf("%ngeostance run %s finished in %.1f s%n", report.runId(), report.seconds());
        out.printf("  files %d, articles read %d = scored %d + rejected %d, paragraphs %d%n", counts.files(),
                counts.articlesRead(), counts.articlesScored(), counts.articlesRejected(), counts.paragraphs());
        if (counts.articlesRejected() > 0) {
            out.printf("  %d rejected input(s): see %s%n", counts.articlesRejected(), report.tables().get("rejected"));
        }
        report.tables().forEach((table, path) ->
                out.printf("  %-20s %8d rows  %s%n", table, counts.rows().get(table), path));
        out.printf("  run report: %s/run.json%n", report.output());
    }
}
