package dev.bakeoff.loadgen;

import java.time.Duration;

/** Every default of the load generator, in one place; the CLI and the lab both start from these. */
public final class Defaults {
    /** Connections of an open-model HTTP load when none are given. */
    public static final int HTTP_CONNECTIONS = 16;
    /** Requests in flight per connection; 1 means no pipelining. */
    public static final int PIPELINE_DEPTH = 1;
    /** Measured phase. */
    public static final Duration DURATION = Duration.ofSeconds(10);
    /** Unmeasured phase before it, so that the JIT and the server's caches settle. */
    public static final Duration WARMUP = Duration.ofSeconds(2);
    /**
     * A steady-state warm-up ends once two windows of four 0.4 s slices each held level (3%, or twice the
     * noise of the change where the server is noisier than that): 3.2 s at least, while a JVM compiling on
     * one core (Spring Boot: 2.7k -> 39k req/s over 10 s of load, bench/warmup-curve) is not taken for steady.
     */
    public static final SteadyState STEADY_STATE = new SteadyState(Duration.ofMillis(400), 4, 0.03);
    /** A request unanswered this long is counted as a timeout and its connection is replaced. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** Pause before reconnecting after a failed connect, so that a dead server is not hammered. */
    public static final Duration RECONNECT_BACKOFF = Duration.ofMillis(100);
    /** WebSocket connections of a broadcast load. */
    public static final int WS_CONNECTIONS = 100;
    /** WebSocket connections that publish. */
    public static final int WS_PUBLISHERS = 10;
    /** Total publish rate of a WebSocket load, messages per second. */
    public static final double WS_RATE_PER_SECOND = 100;
    /** Size of each published text message; it must hold the header that carries seq and time. */
    public static final int WS_PAYLOAD_BYTES = 64;
    /** After the measured phase, how long to wait for deliveries before counting them missing. */
    public static final Duration WS_DRAIN = Duration.ofSeconds(2);
    /** Highest latency the histograms track; above it values are clamped. */
    public static final long HIGHEST_TRACKABLE_MICROS = 60_000_000L;
    /**
     * Significant decimal digits of every histogram. Four, not HdrHistogram's usual three: the io workload
     * reads the latency beyond a 1 s downstream delay, and at 1,000,000 us three digits resolve only 512 us
     * (a p50 overhead of 0.8 ms read as 0.5 or 1.0). Four resolve 64 us there, at 1.7 MB per histogram.
     */
    public static final int SIGNIFICANT_DIGITS = 4;
    /**
     * The pacer arms its timer this much before a send is due, to absorb Linux's default timer
     * slack (50 us for normal threads); a request sent up to this early counts its latency from its
     * actual send, so it is never under-reported.
     */
    public static final long TIMER_LEAD_NANOS = 50_000;
    /** Sends whose pacer woke this late (p99) mean the generator itself could not keep up. */
    public static final long SATURATION_LATENESS_MICROS = 5_000;
    /** Generator CPU use (share of its event-loop threads) above which it is flagged saturated. */
    public static final double SATURATION_CPU_SHARE = 0.90;

    private Defaults() {}

    /** Event-loop threads: one per available core (the JVM respects taskset), at most one per connection. */
    public static int eventLoopThreads(int connections) {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), connections));
    }
}
