package dev.bakeoff.cli;

import picocli.CommandLine;

/** Entry point: builds the command line and hands every error to {@link ErrorBoundary}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new BakeoffCommand());
        ErrorBoundary boundary = new ErrorBoundary();
        cli.setExecutionExceptionHandler(boundary);
        cli.setParameterExceptionHandler(boundary);
        return cli.execute(args);
    }
}
