package dev.bakeoff.loadgen;

/** A clock that runs {@code factor} times faster than real time: a 3 s load ends in 3 / factor real seconds. */
final class FastClock implements Clock {
    private final long realStart = System.nanoTime();
    private final int factor;

    FastClock(int factor) {
        this.factor = factor;
    }

    @Override
    public long nanoTime() {
        return realStart + (System.nanoTime() - realStart) * factor;
    }

    @Override
    public long realNanos(long clockNanos) {
        return clockNanos / factor;
    }
}
