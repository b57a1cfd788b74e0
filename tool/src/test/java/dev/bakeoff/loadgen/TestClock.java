package dev.bakeoff.loadgen;

/** A clock that moves only when the test says so. */
final class TestClock implements Clock {
    private long nowNanos;

    TestClock(long startNanos) {
        this.nowNanos = startNanos;
    }

    @Override
    public long nanoTime() {
        return nowNanos;
    }

    void advanceMillis(long millis) {
        nowNanos += millis * 1_000_000L;
    }

    void advanceMicros(long micros) {
        nowNanos += micros * 1_000L;
    }
}
