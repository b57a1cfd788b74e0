package dev.bakeoff.model;

import java.util.List;

/**
 * The conformance of one reference app to the contract (stacks/CONTRACT.md).
 *
 * @param readyMillis launch-to-ready time, or -1 when it never became ready
 * @param failure     why the app could not be checked at all (empty when it could)
 * @param logTail     the app's last log lines when something failed
 */
public record Verification(
        String stack,
        List<Check> checks,
        long readyMillis,
        String runtimeVersion,
        String frameworkVersion,
        String failure,
        String logTail) {

    public enum Outcome {
        PASS,
        FAIL,
        /** The framework lacks the feature and its stack.yaml says so; not a failure. */
        NOT_SUPPORTED
    }

    /** One checked property of the contract. */
    public record Check(String name, Outcome outcome, String detail) {}

    public boolean passed() {
        return failure.isEmpty() && checks.stream().noneMatch(c -> c.outcome() == Outcome.FAIL);
    }
}
