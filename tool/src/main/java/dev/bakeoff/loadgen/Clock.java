package dev.bakeoff.loadgen;

/** Monotonic time in nanoseconds; injected so that schedulers are testable without sleeping. */
interface Clock {
    Clock SYSTEM = System::nanoTime;

    long nanoTime();

    /** Real nanoseconds for a span of {@code clockNanos} on this clock: what timers and sleeps wait. */
    default long realNanos(long clockNanos) {
        return clockNanos;
    }
}
