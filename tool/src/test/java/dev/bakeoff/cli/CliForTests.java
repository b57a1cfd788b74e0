package dev.bakeoff.cli;

/** {@link CliRun} for tests in other packages (the bad-input corpus in dev.bakeoff.it). */
public final class CliForTests {
    private CliForTests() {}

    /** What one in-process command line printed and returned. */
    public record Outcome(int exitCode, String out, String err) {}

    public static Outcome run(String... args) {
        CliRun run = CliRun.of(args);
        return new Outcome(run.exitCode(), run.out(), run.err());
    }
}
