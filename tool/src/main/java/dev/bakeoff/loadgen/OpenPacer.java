package dev.bakeoff.loadgen;

/**
 * The open-model schedule of one connection, wrk2-style: the k-th request is due at {@code
 * firstSendAtNanos + k * intervalNanos}. A connection that falls behind (a slow answer, a
 * reconnect) sends at once and keeps the missed intended times, so their latencies count from when
 * they should have gone out.
 *
 * <p>Implementation notes: the k-th time is computed from k, not by adding the interval again and
 * again, so the schedule does not drift by rounding. Single-threaded (the connection's event loop).
 */
final class OpenPacer {
    private final long firstSendAtNanos;
    private final double intervalNanos;
    private long sent;

    OpenPacer(long firstSendAtNanos, double intervalNanos) {
        this.firstSendAtNanos = firstSendAtNanos;
        this.intervalNanos = intervalNanos;
    }

    /**
     * The pacer of connection {@code index} of {@code connections} sharing {@code ratePerSecond}:
     * each sends every {@code connections / rate} seconds, offset from the others so that the
     * arrivals are spread evenly.
     */
    static OpenPacer forConnection(long startNanos, double ratePerSecond, int index, int connections) {
        double interval = 1e9 * connections / ratePerSecond;
        return new OpenPacer(startNanos + (long) (interval * index / connections), interval);
    }

    /** When the next request should go out. */
    long nextSendAtNanos() {
        return firstSendAtNanos + (long) (sent * intervalNanos);
    }

    /** Nanoseconds to wait before the next request is due; 0 when it is due or overdue. */
    long nanosUntilDue(long nowNanos) {
        return Math.max(0, nextSendAtNanos() - nowNanos);
    }

    /** Takes the next request's slot and returns its intended send time. */
    long take() {
        long intended = nextSendAtNanos();
        sent++;
        return intended;
    }
}
