package dev.bakeoff.run;

/**
 * The run's own fixed numbers: the bounds its self-checks flag a cell by, and how long a request may wait.
 * The workloads' numbers are the plan's ({@link dev.bakeoff.plan.Defaults}), the same for every stack.
 */
final class RunDefaults {
    /**
     * A JVM's warm-up also waits until its JIT compiler threads used at most this share of a core over the
     * last window (the steady-state test's two windows): C2 compiles in bursts, and a throughput plateau between
     * two bursts is not the warm speed. bench/warmup-curve of 2026-12-03 (bench/RESULTS.md): while compiling,
     * Spring Boot's and Vert.x's compiler threads used 46-68% of a core each second; once warm, 0-6% with a
     * rare 16% blip. A tenth of a core over the window is far from the first and above the second.
     */
    static final double JIT_QUIET_CORE_SHARE = 0.10;

    /** The error bound of every step: a cell with more errors than this share is flagged. */
    static final double MAX_ERROR_RATE = 0.01;

    /** A request unanswered this long is a timeout: 100x the slowest SLO, and it bounds each step's drain. */
    static final double REQUEST_TIMEOUT_SECONDS = 5;

    private RunDefaults() {}
}
