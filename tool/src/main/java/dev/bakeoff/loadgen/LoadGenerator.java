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

    /**
     * Checks a definition without running it: throws {@link dev.bakeoff.model.BadInputException}
     * naming the option at fault, e.g. for a plan's dry run or before printing a run header.
     */
    public static void validate(HttpLoad load) {
        LoadValidation.check(load);
    }

    /** As {@link #validate(HttpLoad)}, for a WebSocket load. */
    public static void validate(WsLoad load) {
        LoadValidation.check(load);
    }

    public static HttpResult run(HttpLoad load, Progress progress) {
        return run(load, progress, Clock.SYSTEM, Stop.NEVER);
    }

    /** As {@link #run(HttpLoad, Progress)}, ending early with what was measured once {@code stop} is requested. */
    public static HttpResult run(HttpLoad load, Progress progress, Stop stop) {
        return run(load, progress, Clock.SYSTEM, stop);
    }

    public static WsResult run(WsLoad load, Progress progress) {
        return run(load, progress, Stop.NEVER);
    }

    /** As {@link #run(WsLoad, Progress)}, ending the hold or fan-out early once {@code stop} is requested. */
    public static WsResult run(WsLoad load, Progress progress, Stop stop) {
        InetSocketAddress address = LoadValidation.check(load);
        try {
            return new WsLoadRun(load, progress, Clock.SYSTEM, stop).run(address);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadInterrupted(load.target().toString(), e);
        }
    }

    static HttpResult run(HttpLoad load, Progress progress, Clock clock) {
        return run(load, progress, clock, Stop.NEVER);
    }

    private static HttpResult run(HttpLoad load, Progress progress, Clock clock, Stop stop) {
        InetSocketAddress address = LoadValidation.check(load);
        try {
            return new HttpLoadRun(load, progress, clock, stop).run(address);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadInterrupted(load.target().toString(), e);
        }
    }
}
