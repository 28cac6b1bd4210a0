package org.geostance.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.geostance.stance.EngineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The stance engine alone on one thread, on pre-analysed paragraphs: its share of the job's cost. */
@Command(name = "bench-engine", mixinStandardHelpOptions = true,
        description = "Time the stance engine alone (one thread) on articles; prints paragraphs per CPU-second.")
final class EngineBenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles (default: data/articles).")
    List<String> inputs;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "10", description = "Timed seconds (default 10).")
    double seconds;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException {
        List<String> paths = inputs == null || inputs.isEmpty()
                ? List.of(Defaults.home().resolve("data/articles").toString()) : inputs;
        EngineBenchmark.run(paths, seconds, engineOptions.engine(), engineOptions.dictionary());
        return 0;
    }
}
