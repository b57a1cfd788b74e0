package dev.bakeoff.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: builds the command line and hands every error to {@link ErrorBoundary}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return run(new CommandLine(new BakeoffCommand()), args);
    }

    /**
     * Runs one command line with its output captured: the web UI calls the same commands as the terminal
     * (with --json) so that it has no logic of its own. Thread-safe: each call has its own command line.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new BakeoffCommand());
        cli.setOut(out);
        cli.setErr(err);
        return run(cli, args);
    }

    private static int run(CommandLine cli, String... args) {
        ErrorBoundary boundary = new ErrorBoundary();
        // picocli would read "@FILE" arguments as more arguments: the web UI and scripts hand values on
        // from others, and an "@/etc/passwd" came back in an error message. Bakeoff never documented it.
        cli.setExpandAtFiles(false);
        cli.setExecutionExceptionHandler(boundary);
        cli.setParameterExceptionHandler(boundary);
        return cli.execute(args);
    }
}
