package dev.bakeoff.loadgen;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A request to end a load early (Ctrl-C, SIGTERM): the measured phase ends at the next check, the
 * answers in flight get a short drain, and the run returns what it measured so far, as wrk and k6
 * print their results when interrupted.
 */
public final class Stop {
    /** Never requested: for runs that always go the full length. */
    public static final Stop NEVER = new Stop();

    private final CountDownLatch requested = new CountDownLatch(1);

    public void request() {
        requested.countDown();
    }

    public boolean requested() {
        return requested.getCount() == 0;
    }

    /** Sleeps up to {@code nanos}, waking early when a stop is requested. */
    void sleep(long nanos) throws InterruptedException {
        if (nanos > 0) {
            requested.await(nanos, TimeUnit.NANOSECONDS);
        }
    }
}
