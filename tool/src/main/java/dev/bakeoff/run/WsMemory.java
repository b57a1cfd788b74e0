package dev.bakeoff.run;

import dev.bakeoff.lab.ResourceSampler;
import dev.bakeoff.loadgen.LoadGenerator;
import dev.bakeoff.loadgen.Stop;
import dev.bakeoff.loadgen.WsLoad;
import dev.bakeoff.loadgen.WsResult;
import dev.bakeoff.stats.Statistics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongToDoubleFunction;

/**
 * An app's memory per idle WebSocket connection as the settled slope between two connection counts: hold
 * half the connections, read the app's settled RSS, open the other half beside them, read it again, and
 * divide the growth by the connections added. What the first connection costs once (the WebSocket code
 * loaded, buffer pools and thread stacks created, the heap grown a step) is in both readings and drops out;
 * peak RSS growth from an idle app counted it as if every connection paid it.
 */
final class WsMemory {
    /** How long a reading waits after the first second of a hold, and how long it samples (median). */
    static final Duration SAMPLE = Duration.ofMillis(500);
    /**
     * The most the first half is held beyond its two readings: time for the second half to connect. Both holds
     * end as soon as the second reading is taken, so this bounds a slow app's step rather than lengthening every
     * one (java-spring, still cold, took more than 1 s to connect its second 500 on 2026-12-03). A second
     * reading the first half did not outlast is no reading (see {@link Slope#bothHeld}). The step's expected
     * length for plans is plan.Defaults.WS_IDLE_SECONDS.
     */
    static final Duration SECOND_CONNECT = Duration.ofSeconds(10);

    private WsMemory() {}

    /**
     * The two readings and what came of them.
     *
     * @param openedFirst connections held at the first reading
     * @param openedAdded connections added before the second
     * @param bothHeld    the first half was still open when the second reading ended
     */
    record Slope(
            double firstRssMib,
            double secondRssMib,
            long openedFirst,
            long openedAdded,
            boolean bothHeld,
            WsResult first) {
        double kibPerConnection() {
            return openedAdded == 0 || !bothHeld ? Double.NaN : (secondRssMib - firstRssMib) * 1024 / openedAdded;
        }
    }

    static Slope measure(WsLoad all, long pid) {
        return measure(all, () -> medianRss(pid), (load, progress, stop) -> LoadGenerator.run(load, progress, stop));
    }

    /** The same, with the RSS reading and the load run given (for tests). */
    static Slope measure(WsLoad all, java.util.function.DoubleSupplier settledRss, Loads runner) {
        int first = all.connections() / 2;
        int added = all.connections() - first;
        // Each hold's first interval ends one second after its connections are open: read from then.
        Duration hold = Duration.ofSeconds(1).plus(SAMPLE);
        WsLoad firstLoad = idle(all, first, hold.multipliedBy(2).plus(SECOND_CONNECT));
        WsLoad addedLoad = idle(all, added, hold);
        CountDownLatch firstOpen = new CountDownLatch(1);
        CountDownLatch addedOpen = new CountDownLatch(1);
        Stop read = new Stop(); // both holds end once the second reading is taken
        // A thread per hold: the two must overlap. The common pool, which supplyAsync uses by default, has one
        // worker on a 2-core machine, and ran the second hold only after the first had closed.
        try (ExecutorService holds = Executors.newThreadPerTaskExecutor(
                Thread.ofPlatform().name("ws-hold-", 0).daemon().factory())) {
            CompletableFuture<WsResult> a =
                    CompletableFuture.supplyAsync(() -> runner.run(firstLoad, firstOpen, read), holds);
            double rss1 = await(firstOpen) ? settledRss.getAsDouble() : Double.NaN;
            CompletableFuture<WsResult> b =
                    CompletableFuture.supplyAsync(() -> runner.run(addedLoad, addedOpen, read), holds);
            double rss2 = await(addedOpen) ? settledRss.getAsDouble() : Double.NaN;
            boolean bothHeld = !a.isDone();
            read.request();
            WsResult ra = a.join();
            WsResult rb = b.join();
            return new Slope(rss1, rss2, ra.connectionsOpened(), rb.connectionsOpened(), bothHeld, ra);
        }
    }

    /**
     * Runs a load until its duration or {@code stop}, counting {@code open} down at its first interval (its
     * connections have been open a second).
     */
    interface Loads {
        WsResult run(WsLoad load, dev.bakeoff.loadgen.Progress progress, Stop stop);

        default WsResult run(WsLoad load, CountDownLatch open, Stop stop) {
            return run(load, stats -> open.countDown(), stop);
        }
    }

    private static WsLoad idle(WsLoad all, int connections, Duration duration) {
        return new WsLoad(
                all.target(),
                connections,
                0,
                0,
                all.payloadBytes(),
                Duration.ZERO,
                duration,
                true,
                false,
                all.eventLoopThreads());
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The median of the app's RSS sampled every 50 ms for {@link #SAMPLE}: one GC or page-in does not move it. */
    static double medianRss(long pid) {
        return median(pid, ResourceSampler::rssMib);
    }

    static double median(long pid, LongToDoubleFunction read) {
        List<Double> samples = new ArrayList<>();
        long end = System.nanoTime() + SAMPLE.toNanos();
        while (System.nanoTime() < end) {
            samples.add(read.applyAsDouble(pid));
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Statistics.median(
                samples.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
