package org.geostance.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code geostance score|explain ...}; bad arguments and bad files exit 2 with one line. */
@Command(name = "geostance", mixinStandardHelpOptions = true, version = "geostance 0.1.0",
        description = "Paragraph stance toward countries in French and English news, on Apache Spark.",
        subcommands = {ScoreCommand.class, ExplainCommand.class, EvaluateCommand.class, BenchCommand.class,
            EngineBenchCommand.class, CalibrateCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    static final int USAGE_ERROR = 2;
    static final int FAILURE = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setParameterExceptionHandler((error, arguments) -> {
            PrintWriter err = error.getCommandLine().getErr();
            err.println("geostance: " + error.getMessage() + " (see --help)");
            return USAGE_ERROR;
        });
        commandLine.setExecutionExceptionHandler((error, command, parsed) -> {
            // --verbose belongs to the subcommand, so the top-level parse result never matches it.
            boolean verbose = parsed.asCommandLineList().stream()
                    .anyMatch(line -> line.getParseResult().hasMatchedOption("--verbose"));
            PrintWriter err = command.getErr();
            if (verbose) {
                error.printStackTrace(err);
            }
            // Bad input files and settings are the user's to fix; anything else is ours.
            boolean userError = error instanceof IllegalArgumentException;
            err.println("geostance: " + oneLine(error) + (verbose || userError ? "" : " (--verbose for details)"));
            return userError ? USAGE_ERROR : FAILURE;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: score, explain, evaluate, bench, bench-engine");
    }

    private static String oneLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
