package dev.bakeoff.loadgen;

import org.HdrHistogram.Histogram;

/**
 * Receives a run's progress once a second. Called on the generator's reporter thread, never on an
 * event loop; an implementation must return quickly and must not keep the histograms it is given
 * (they are recycled after the call; copy them if needed).
 */
public interface Progress {

    /** Does nothing. */
    Progress NONE = stats -> {};

    /** One interval (about a second) of the run has ended. */
    void onInterval(IntervalStats stats);

    /**
     * The corrected latency histogram of one request class for the interval just ended, in
     * microseconds, with its start and end timestamps set; called before {@link #onInterval}.
     */
    default void onIntervalHistogram(String className, Histogram correctedMicros) {}
}
