package dev.bakeoff.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.loadgen.Deliveries;
import dev.bakeoff.loadgen.IntervalStats;
import dev.bakeoff.loadgen.Stop;
import dev.bakeoff.loadgen.WsLoad;
import dev.bakeoff.loadgen.WsResult;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * Memory per WebSocket connection is the settled slope, not the growth from an idle app: the two halves are held
 * together, and a second reading taken after the first half closed is no reading.
 */
class WsMemoryTest {
    /** An app of 50 MiB that pays 30 MiB once for its first connection and 10 KiB for each. */
    private final AtomicInteger open = new AtomicInteger();

    private long firstHoldMillis = 400;
    private final List<Long> heldMillis = new java.util.concurrent.CopyOnWriteArrayList<>();

    private double rss() {
        int n = open.get();
        return 50 + (n > 0 ? 30 : 0) + n * 10 / 1024.0;
    }

    private WsResult hold(WsLoad load, dev.bakeoff.loadgen.Progress progress, Stop stop) {
        long start = System.nanoTime();
        open.addAndGet(load.connections());
        progress.onInterval(new IntervalStats(false, 0, 1, 0, 0, 0, 0, 0));
        // The first hold (its duration the longer) outlasts the second unless stopped; the app frees a hold's
        // connections when it ends.
        long until = start + (load.duration().toMillis() > 2000 ? firstHoldMillis : 100) * 1_000_000L;
        try {
            while (System.nanoTime() < until && !stop.requested()) {
                Thread.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        open.addAndGet(-load.connections());
        heldMillis.add((System.nanoTime() - start) / 1_000_000);
        Histogram h = new Histogram(3);
        return new WsResult(
                load,
                load.connections(),
                0,
                0,
                new Deliveries(0, 0, 0, 0, 0, 0),
                h,
                h,
                0,
                List.of(),
                0,
                h,
                false,
                "",
                0,
                0,
                "nio");
    }

    @Test
    void theOneTimeCostOfTheFirstConnectionDropsOut() {
        WsLoad all = WsLoad.broadcast(URI.create("ws://127.0.0.1:9/ws"));
        all = new WsLoad(all.target(), 1000, 0, 0, 64, all.warmup(), all.duration(), true, false, 1);
        WsMemory.Slope slope = WsMemory.measure(all, this::rss, this::hold);
        assertThat(slope.openedFirst()).isEqualTo(500);
        assertThat(slope.openedAdded()).isEqualTo(500);
        assertThat(slope.kibPerConnection()).isCloseTo(10.0, org.assertj.core.data.Offset.offset(1e-9));
        double peakGrowthPerConnection = (slope.secondRssMib() - 50) * 1024 / 1000;
        assertThat(peakGrowthPerConnection).as("what the old figure read").isGreaterThan(40);
    }

    @Test
    void bothHoldsEndOnceTheSecondReadingIsTaken() {
        firstHoldMillis = 60_000; // the bound for a slow second connect, not how long every step takes
        WsLoad all = WsLoad.broadcast(URI.create("ws://127.0.0.1:9/ws"));
        all = new WsLoad(all.target(), 1000, 0, 0, 64, all.warmup(), all.duration(), true, false, 1);
        WsMemory.Slope slope = WsMemory.measure(all, this::rss, this::hold);
        assertThat(slope.bothHeld()).isTrue();
        assertThat(slope.kibPerConnection()).isCloseTo(10.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(heldMillis).hasSize(2).allSatisfy(ms -> assertThat(ms).isLessThan(30_000));
    }

    @Test
    void aSecondReadingTheFirstHalfDidNotOutlastGivesNoSlope() {
        firstHoldMillis = 0; // the first half closes at once, before the second half is read
        WsLoad all = WsLoad.broadcast(URI.create("ws://127.0.0.1:9/ws"));
        all = new WsLoad(all.target(), 1000, 0, 0, 64, all.warmup(), all.duration(), true, false, 1);
        WsMemory.Slope slope = WsMemory.measure(
                all,
                () -> {
                    try {
                        Thread.sleep(200); // a reading takes its sampling time
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return rss();
                },
                this::hold);
        assertThat(slope.bothHeld()).isFalse();
        assertThat(slope.kibPerConnection()).isNaN();
    }
}
