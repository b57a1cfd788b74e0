package dev.bakeoff.loadgen;

/** Monotonic time in nanoseconds; injected so that schedulers are testable without sleeping. */
interface Clock {
    Clock SYSTEM = System::nanoTime;

    long nanoTime();
}
