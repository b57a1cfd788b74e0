package dev.bakeoff.cli;

import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.ExitCodes;
import dev.bakeoff.model.TerminalText;
import dev.bakeoff.store.StoreException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where errors become messages and exit codes. Bad input gets its message and exit 2,
 * never a stack trace; anything else is a bug in Bakeoff and gets exit 1 with a short message (the
 * trace only with {@code BAKEOFF_DEBUG=1}).
 */
final class ErrorBoundary implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("bakeoff: " + ex.getMessage());
        // "Did you mean" for a mistyped command or option, from picocli's edit-distance suggestions.
        if (ex instanceof UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            err.println("  did you mean: " + String.join(" or ", unmatched.getSuggestions()) + "?");
        }
        err.println("  fix: see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        Throwable cause = ex;
        while (cause instanceof RuntimeException && cause.getCause() instanceof BadInputException) {
            cause = cause.getCause();
        }
        if (cause instanceof BadInputException bad) {
            err.println("bakeoff: " + TerminalText.safe(bad.getMessage())); // may quote a file's text
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (cause instanceof StoreException store) {
            // The results location failed under us (disk full, file removed): the user's to fix, not a bug.
            err.println("bakeoff: " + store.getMessage());
            err.println("  fix: free disk space or set BAKEOFF_HOME to a writable folder; finished trials are kept");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println("bakeoff: internal error: " + ex);
        if ("1".equals(System.getenv("BAKEOFF_DEBUG"))) {
            ex.printStackTrace(err);
        } else {
            err.println("  set BAKEOFF_DEBUG=1 for the stack trace, and please report it");
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
