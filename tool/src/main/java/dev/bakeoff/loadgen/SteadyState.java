package dev.bakeoff.loadgen;

import java.time.Duration;
import java.util.List;

/**
 * When a closed-model warm-up may end before its full length: once the throughput has stopped
 * rising. Over the last {@code slices} slices of length {@code slice}, the newer half completed at
 * most {@code tolerance} more per second than the older half. One-sided on purpose: a JIT only ever
 * makes a server faster, so a dip is noise or a collection, while a slow climb (a JIT compiling
 * on one core: 10% a second and more) must never be taken for steady. Comparing half-window means,
 * not single slices, keeps a noisy but flat server from being held back. A JIT-compiled server gets
 * the warm-up it needs, up to the load's warm-up; an interpreter is not kept waiting. The warm-up's
 * own intervals are {@code slice} long in the timeline.
 *
 * @param slice length of one warm-up interval
 * @param slices how many of the latest intervals the test looks at (even); 0 means a fixed warm-up ({@link #FIXED})
 * @param tolerance largest allowed rise of the newer half's mean throughput over the older half's
 */
public record SteadyState(Duration slice, int slices, double tolerance) {
    /** The whole warm-up, in one-second intervals. */
    public static final SteadyState FIXED = new SteadyState(Duration.ofSeconds(1), 0, 0);

    public boolean fixed() {
        return slices == 0;
    }

    /** The stretch the test looks at, and so the shortest a steady-state warmup can be. */
    public Duration window() {
        return slice.multipliedBy(slices);
    }

    /** Whether the warm-up intervals seen so far end in a stretch that is no longer rising. */
    boolean reached(List<IntervalStats> timeline) {
        if (fixed() || timeline.size() < slices) {
            return false;
        }
        List<IntervalStats> window = timeline.subList(timeline.size() - slices, timeline.size());
        for (IntervalStats s : window) {
            if (!s.warmup() || s.errors() > 0) {
                return false; // errors mean the server is not answering normally yet: not steady
            }
        }
        double older = meanRate(window.subList(0, slices / 2));
        double newer = meanRate(window.subList(slices / 2, slices));
        return older > 0 && newer > 0 && newer / older - 1 <= tolerance;
    }

    private static double meanRate(List<IntervalStats> slices) {
        return slices.stream()
                .mapToDouble(IntervalStats::ratePerSecond)
                .average()
                .orElse(0);
    }
}
