package dev.bakeoff.loadgen;

import java.util.List;

/**
 * Throughput over the measured phase in short slices (about a tenth of the phase each), finer than the
 * per-second timeline, so that even a 1.25 s phase shows whether it was still climbing.
 *
 * @param midSeconds each slice's middle, seconds since the measured phase began
 * @param perSecond each slice's responses per second
 */
public record RateSeries(List<Double> midSeconds, List<Double> perSecond) {
    public static final RateSeries NONE = new RateSeries(List.of(), List.of());

    public RateSeries {
        midSeconds = List.copyOf(midSeconds);
        perSecond = List.copyOf(perSecond);
    }

    /** Slices of about a tenth of the phase, at least 100 ms and at most a second. */
    static long sliceNanos(long durationNanos) {
        return Math.max(100_000_000L, Math.min(1_000_000_000L, durationNanos / 10));
    }
}
