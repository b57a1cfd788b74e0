package dev.bakeoff.it;

import dev.bakeoff.cli.CliForTests.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The property every bad input must satisfy at the CLI boundary, and the tally a generator prints at
 * the end ("stack.yaml corpus: 300 inputs, 0 uncaught").
 */
final class Verdicts {
    /** File-level problems that have no field to name (the file as a whole is unusable). */
    static final List<String> FILE_LEVEL = List.of(
            "YAML syntax error",
            "YAML error",
            "the file is empty",
            "the top level must be a mapping",
            "keys must be plain words",
            "is not UTF-8 text",
            "larger than 1 MiB");

    /** A field named in the message: "field 'x.y'" or, in messages about several fields, x.y. */
    private static final Pattern FIELD = Pattern.compile(
            "field '|\\b(?:workload|team|priorities|constraints|setup|start|workers|versions|requires|requests)\\.[a-z_]+");

    private final String corpus;
    final AtomicInteger inputs = new AtomicInteger();
    final AtomicInteger rejected = new AtomicInteger();
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger fileLevel = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();

    Verdicts(String corpus) {
        this.corpus = corpus;
    }

    /**
     * A malformed file: exit 2, a message {@code file:line} naming the field (or a file-level
     * problem), no stack trace. {@code mustFail} inputs may not be accepted; others may (exit 0).
     */
    void fileInput(Outcome run, String shownAs, boolean mustFail, String input) {
        inputs.incrementAndGet();
        try {
            noTrace(run, input);
            if (run.exitCode() == 0 && !mustFail) {
                accepted.incrementAndGet();
                return;
            }
            expect(run.exitCode() == 2, "exit " + run.exitCode() + " (expected 2)", run, input);
            String message = run.err();
            expect(
                    Pattern.compile(Pattern.quote(shownAs) + ":\\d+")
                                    .matcher(message)
                                    .find()
                            || message.contains("larger than 1 MiB"),
                    "the message does not name " + shownAs + ":<line>",
                    run,
                    input);
            boolean names = FIELD.matcher(message).find();
            boolean whole = FILE_LEVEL.stream().anyMatch(message::contains);
            expect(names || whole, "the message names no field", run, input);
            if (!names) {
                fileLevel.incrementAndGet();
            }
            rejected.incrementAndGet();
        } catch (AssertionError e) {
            failures.incrementAndGet();
            throw e;
        }
    }

    /** A bad command line: exit 2, the message names one of {@code names}, no stack trace. */
    void argument(Outcome run, List<String> names, List<String> args) {
        inputs.incrementAndGet();
        String input = String.join(" ", args);
        try {
            noTrace(run, input);
            expect(run.exitCode() == 2, "exit " + run.exitCode() + " (expected 2)", run, input);
            expect(names.stream().anyMatch(run.err()::contains), "the message names none of " + names, run, input);
            rejected.incrementAndGet();
        } catch (AssertionError e) {
            failures.incrementAndGet();
            throw e;
        }
    }

    private static void noTrace(Outcome run, String input) {
        String all = run.out() + run.err();
        expect(
                !all.contains("Exception")
                        && !all.contains("\tat ")
                        && !all.contains("internal error")
                        && !all.contains("Error:"),
                "uncaught exception or stack trace",
                run,
                input);
        expect(run.exitCode() != 1, "exit 1 (internal error)", run, input);
    }

    private static void expect(boolean ok, String what, Outcome run, String input) {
        if (!ok) {
            throw new AssertionError(what + "\n--- input:\n" + abbreviate(input) + "\n--- exit " + run.exitCode()
                    + "\n--- stderr:\n" + abbreviate(run.err()) + "\n--- stdout:\n" + abbreviate(run.out()));
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 3000 ? s : s.substring(0, 3000) + "... (" + s.length() + " chars)";
    }

    /** Prints the one-line summary and writes it to target/bad-input-corpus/ for the README figures. */
    void report() {
        String line = String.format(
                "%s corpus: %d inputs, %d uncaught (%d rejected with exit 2%s, %d still valid and accepted)",
                corpus,
                inputs.get(),
                failures.get(),
                rejected.get(),
                fileLevel.get() > 0 ? ", " + fileLevel.get() + " of them file-level YAML problems" : "",
                accepted.get());
        System.out.println(line);
        try {
            Path dir = Files.createDirectories(Path.of("target", "bad-input-corpus"));
            Files.writeString(dir.resolve(corpus.replaceAll("[^a-z]+", "-") + ".txt"), line + "\n");
        } catch (IOException e) {
            System.out.println("could not write target/bad-input-corpus/: " + e);
        }
    }
}
