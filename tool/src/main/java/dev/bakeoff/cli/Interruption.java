package dev.bakeoff.cli;

import dev.bakeoff.loadgen.Stop;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C and SIGTERM during {@code bakeoff load}: the JVM's shutdown hook asks the load to stop and
 * waits until the command has printed what was measured, so an interrupted load still reports, as
 * wrk and k6 do. The JVM then exits with 128 + the signal (130 for SIGINT, 143 for SIGTERM).
 */
final class Interruption implements AutoCloseable {
    /** Long enough for the short drain (1 s), closing the connections (2 s) and printing. */
    private static final long WAIT_SECONDS = 8;

    private final Stop stop = new Stop();
    private final CountDownLatch reported = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onSignal, "bakeoff-interrupt");

    static Interruption install() {
        Interruption i = new Interruption();
        Runtime.getRuntime().addShutdownHook(i.hook);
        return i;
    }

    Stop stop() {
        return stop;
    }

    private void onSignal() {
        stop.request();
        try {
            reported.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The report is out: a waiting hook may let the JVM exit; without a signal, the hook is removed. */
    @Override
    public void close() {
        reported.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The signal came: the hook is running and returns now that the report is printed.
        }
    }
}
