package dev.bakeoff.loadgen;

/**
 * What happened in one interval (about a second) of a run, for the timeline and progress display.
 *
 * @param warmup whether the interval belongs to the unmeasured warmup
 * @param startSeconds interval start, seconds since the first send (warmup included)
 * @param lengthSeconds interval length in seconds
 * @param completed responses (HTTP) or deliveries (WebSocket) in the interval
 * @param errors errors of any class in the interval
 * @param p50Micros median corrected latency
 * @param p99Micros 99th percentile corrected latency
 * @param uncorrectedP99Micros 99th percentile service time (from the actual send)
 */
public record IntervalStats(
        boolean warmup,
        double startSeconds,
        double lengthSeconds,
        long completed,
        long errors,
        long p50Micros,
        long p99Micros,
        long uncorrectedP99Micros) {

    public double ratePerSecond() {
        return lengthSeconds > 0 ? completed / lengthSeconds : 0;
    }
}
