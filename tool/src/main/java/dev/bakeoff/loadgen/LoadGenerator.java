package dev.bakeoff.loadgen;

import java.net.InetSocketAddress;

/**
 * Runs load definitions. Each call validates the definition (throwing {@link
 * dev.bakeoff.model.BadInputException} for a bad one), runs it to completion on its own event
 * loops, and returns what it measured; it blocks for warmup + duration + a bounded drain. Progress
 * is reported once a second on the calling thread. Calls are independent and may run one after
 * another in the same JVM.
 */
public final class LoadGenerator {
    private LoadGenerator() {}

    public static HttpResult run(HttpLoad load, Progress progress) {
        return run(load, progress, Clock.SYSTEM);
    }

    public static WsResult run(WsLoad load, Progress progress) {
        InetSocketAddress address = LoadValidation.check(load);
        try {
            return new WsLoadRun(load, progress, Clock.SYSTEM).run(address);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + load.target(), e);
        }
    }

    static HttpResult run(HttpLoad load, Progress progress, Clock clock) {
        InetSocketAddress address = LoadValidation.check(load);
        try {
            return new HttpLoadRun(load, progress, clock).run(address);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + load.target(), e);
        }
    }
}
