package dev.bakeoff.run;

import dev.bakeoff.loadgen.IntervalStats;
import dev.bakeoff.model.Measurement;

/**
 * What a run reports while it goes, for progress bars (CLI) and live pages (web UI). Called on the
 * runner's thread; implementations must return quickly.
 */
public interface RunListener {
    /** A step starts: {@code index} of {@code total} steps in the whole run. */
    default void stepStarted(String stack, String workload, String level, int round, int index, int total) {}

    /** One second of the current step has passed. */
    default void interval(IntervalStats stats) {}

    /** A step ended with this measurement (also for failed cells). */
    default void stepEnded(Measurement m) {}

    /** Something a person should read (an app that failed to start, a skipped stack). */
    default void message(String text) {}
}
