package dev.bakeoff.loadgen;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The running state of one {@link HttpLoad}: opens the connections, starts their schedules, ticks
 * the per-second timeline, ends the load, drains it for at most the request timeout, and closes
 * everything. Every load ends: warmup + duration + drain. Runs on the caller's thread (the
 * reporter); the connections run on the event loops.
 */
final class HttpLoadRun {
    private static final long SECOND_NANOS = 1_000_000_000L;

    private final HttpLoad load;
    private final Progress progress;
    private final Clock clock;
    private final Stop stop;
    private final List<RequestClass> classes;
    private final List<Lane> lanes;
    private final List<IntervalStats> timeline = new ArrayList<>();
    private long lastCompleted;
    private long lastErrors;

    HttpLoadRun(HttpLoad load, Progress progress, Clock clock, Stop stop) {
        this.load = load;
        this.progress = progress;
        this.clock = clock;
        this.stop = stop;
        this.classes = load.effectiveMix();
        this.lanes = Lane.of(
                classes,
                load.connections(),
                load.shape() instanceof LoadShape.OpenModel open ? open.ratePerSecond() : 0,
                load.shape() instanceof LoadShape.ClosedModel closed && closed.connectionPerClass());
    }

    HttpResult run(InetSocketAddress address) throws InterruptedException {
        int threads = Math.min(load.eventLoopThreads(), load.connections());
        EventLoopGroup group = Transport.newGroup(threads, "bakeoff-http");
        List<EventLoop> loops = new ArrayList<>();
        for (EventExecutor executor : group) {
            loops.add((EventLoop) executor);
        }
        LoopStats[] stats = new LoopStats[loops.size()];
        EncodedMix[] mixes = new EncodedMix[loops.size()];
        String hostHeader = load.target().getHost()
                + (load.target().getPort() > 0 ? ":" + load.target().getPort() : "");
        for (int l = 0; l < stats.length; l++) {
            stats[l] = new LoopStats(classes.size(), HttpCounters.size(classes.size()), classes.size() > 1);
            mixes[l] = EncodedMix.encode(classes, hostHeader);
        }
        try {
            return runOn(group, loops, stats, mixes, address);
        } finally {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).await(5, TimeUnit.SECONDS);
            for (EncodedMix mix : mixes) {
                mix.close();
            }
        }
    }

    private HttpResult runOn(
            EventLoopGroup group,
            List<EventLoop> loops,
            LoopStats[] stats,
            EncodedMix[] mixes,
            InetSocketAddress address)
            throws InterruptedException {
        long timeoutNanos = load.requestTimeout().toNanos();
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(Transport.channelClass())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(timeoutNanos / 1_000_000, 30_000));
        double rate = load.shape() instanceof LoadShape.OpenModel open ? open.ratePerSecond() : 0;
        HttpRunContext run = new HttpRunContext(
                clock,
                address,
                bootstrap,
                load.pipelineDepth(),
                timeoutNanos,
                Defaults.RECONNECT_BACKOFF.toNanos(),
                rate,
                load.connections(),
                classes.size() > 1 ? new Beside(classes.size()) : null);
        List<List<HttpConnection>> byLoop = openConnections(run, loops, stats, mixes);
        long startNanos = clock.nanoTime();
        long warmupEndNanos = startNanos + load.warmup().toNanos();
        long endNanos = warmupEndNanos + load.duration().toNanos();
        run.startNanos = startNanos;
        run.warmupEndNanos = warmupEndNanos;
        run.endNanos = endNanos;
        startConnections(loops, byLoop, timeoutNanos);

        IntervalAggregator aggregator = new IntervalAggregator(stats);
        SteadyState steady = load.steadyState();
        long sliceNanos = steady.fixed() ? SECOND_NANOS : steady.slice().toNanos();
        long tickStart = startNanos;
        while (tickStart < run.warmupEndNanos && !stop.requested()) {
            long tickEnd = Math.min(tickStart + sliceNanos, run.warmupEndNanos);
            tickEnd = tick(aggregator, true, startNanos, tickStart, tickEnd);
            tickStart = tickEnd;
            if (tickStart < run.warmupEndNanos && steady.reached(timeline)) {
                // Steady: the measured phase starts at this slice boundary and keeps its full length.
                run.endNanos = tickStart + load.duration().toNanos();
                run.warmupEndNanos = tickStart;
            }
        }
        long[] atWarmupEnd = snapshot(aggregator);
        long cpuAtWarmupEnd = ProcessCpu.cpuNanos();
        if (stop.requested()) {
            run.warmupEndNanos = tickStart; // stopped in the warm-up: nothing measured
            run.endNanos = tickStart;
        }
        endNanos = run.endNanos;
        long measuredStart = tickStart;
        long trendNanos = RateSeries.sliceNanos(endNanos - measuredStart);
        List<Double> mids = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        long counted = completed(aggregator);
        long sliceStart = tickStart;
        while (tickStart < endNanos && !stop.requested()) {
            long tickEnd = Math.min(tickStart + SECOND_NANOS, endNanos);
            while (sliceStart < tickEnd && !stop.requested()) { // finer slices for the trend, from the counters alone
                long sliceEnd = Math.min(sliceStart + trendNanos, tickEnd);
                sleepUntil(sliceEnd);
                if (stop.requested()) {
                    break; // a cut slice would read as a drop in throughput
                }
                long now = completed(aggregator);
                mids.add(((sliceStart + sliceEnd) / 2.0 - measuredStart) / 1e9);
                rates.add((now - counted) / ((sliceEnd - sliceStart) / 1e9));
                counted = now;
                sliceStart = sliceEnd;
            }
            tickEnd = tick(aggregator, false, startNanos, tickStart, tickEnd);
            tickStart = tickEnd;
        }
        if (stop.requested() && tickStart < run.endNanos) {
            run.endNanos = tickStart; // sends stop; the measured phase is what ran
        }
        RateSeries series = new RateSeries(mids, rates);
        long cpuNanos = ProcessCpu.cpuNanos() - cpuAtWarmupEnd;

        drainAndClose(run, group, loops, byLoop, aggregator);
        aggregator.tick(true); // responses that arrived in the drain still count toward the histograms
        long[] atClose = snapshot(aggregator);
        return new HttpResultBuilder(load, classes, lanes, aggregator, atWarmupEnd, atClose)
                .build(
                        timeline,
                        series,
                        cpuNanos,
                        Math.min(load.eventLoopThreads(), load.connections()),
                        (run.endNanos - run.warmupEndNanos) / 1e9);
    }

    /** Opens every connection (loop i % loops) and waits for them, all within one request timeout. */
    private List<List<HttpConnection>> openConnections(
            HttpRunContext run, List<EventLoop> loops, LoopStats[] stats, EncodedMix[] mixes)
            throws InterruptedException {
        List<List<HttpConnection>> byLoop = new ArrayList<>();
        loops.forEach(loop -> byLoop.add(new ArrayList<>()));
        List<ChannelFuture> connects = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            int l = i % loops.size();
            HttpConnection connection = new HttpConnection(run, stats[l], mixes[l], loops.get(l), lanes.get(i));
            byLoop.get(l).add(connection);
            connects.add(connection.connect());
        }
        long deadlineNanos = System.nanoTime() + run.timeoutNanos; // one bound for all, not one each
        for (ChannelFuture connect : connects) {
            connect.await(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        return byLoop;
    }

    /** Starts every connection's schedule on its loop, and each loop's timeout sweep. */
    private void startConnections(List<EventLoop> loops, List<List<HttpConnection>> byLoop, long timeoutNanos) {
        long sweepMillis = Math.max(1, Math.min(100, timeoutNanos / 4_000_000));
        for (int l = 0; l < loops.size(); l++) {
            List<HttpConnection> mine = byLoop.get(l);
            loops.get(l).execute(() -> mine.forEach(HttpConnection::start));
            Runnable sweep = () -> {
                long nowNanos = clock.nanoTime();
                mine.forEach(c -> c.checkTimeout(nowNanos));
            };
            loops.get(l).scheduleAtFixedRate(sweep, sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Waits for answers in flight (at most one request timeout), then closes everything. */
    private void drainAndClose(
            HttpRunContext run,
            EventLoopGroup group,
            List<EventLoop> loops,
            List<List<HttpConnection>> byLoop,
            IntervalAggregator aggregator)
            throws InterruptedException {
        // Interrupted: a short drain, so that Ctrl-C answers within a second.
        long drainNanos = stop.requested() ? Math.min(run.timeoutNanos, SECOND_NANOS) : run.timeoutNanos;
        while (aggregator.sum(HttpCounters.IN_FLIGHT) > 0 && clock.nanoTime() - run.endNanos < drainNanos) {
            Thread.sleep(5);
        }
        run.end();
        for (int l = 0; l < loops.size(); l++) {
            List<HttpConnection> mine = byLoop.get(l);
            loops.get(l).execute(() -> mine.forEach(HttpConnection::close));
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).await(5, TimeUnit.SECONDS);
    }

    /** One interval of the timeline; returns its end, earlier than {@code toNanos} when stopped. */
    private long tick(IntervalAggregator aggregator, boolean warmup, long startNanos, long fromNanos, long toNanos)
            throws InterruptedException {
        sleepUntil(toNanos);
        if (stop.requested()) {
            toNanos = Math.min(toNanos, Math.max(fromNanos + 1, clock.nanoTime()));
        }
        aggregator.tick(!warmup);
        long completed = 0;
        long errors = errorsOf(aggregator);
        for (int c = 0; c < classes.size(); c++) {
            completed += aggregator.sum(HttpCounters.completed(c));
            progress.onIntervalHistogram(classes.get(c).name(), aggregator.intervalCorrected(c));
        }
        IntervalStats stats = new IntervalStats(
                warmup,
                (fromNanos - startNanos) / 1e9,
                (toNanos - fromNanos) / 1e9,
                completed - lastCompleted,
                errors - lastErrors,
                percentile(aggregator.intervalAllCorrected(), 50),
                percentile(aggregator.intervalAllCorrected(), 99),
                percentile(aggregator.intervalAllUncorrected(), 99));
        lastCompleted = completed;
        lastErrors = errors;
        timeline.add(stats);
        progress.onInterval(stats);
        return toNanos;
    }

    /** Sleeps until the clock reads {@code clockNanos}; on the system clock a stop request wakes it early. */
    private void sleepUntil(long clockNanos) throws InterruptedException {
        long waitNanos = clockNanos - clock.nanoTime();
        if (waitNanos <= 0) {
            return;
        }
        if (clock == Clock.SYSTEM) {
            stop.sleep(waitNanos);
        } else {
            TimeUnit.NANOSECONDS.sleep(clock.realNanos(waitNanos));
        }
    }

    private long completed(IntervalAggregator aggregator) {
        long completed = 0;
        for (int c = 0; c < classes.size(); c++) {
            completed += aggregator.sum(HttpCounters.completed(c));
        }
        return completed;
    }

    private long errorsOf(IntervalAggregator aggregator) {
        long errors = aggregator.sum(HttpCounters.CONNECT)
                + aggregator.sum(HttpCounters.TIMEOUT)
                + aggregator.sum(HttpCounters.RESET)
                + aggregator.sum(HttpCounters.PROTOCOL);
        for (int c = 0; c < classes.size(); c++) {
            errors += aggregator.sum(HttpCounters.non2xx(c));
        }
        return errors;
    }

    private long[] snapshot(IntervalAggregator aggregator) {
        long[] counters = new long[HttpCounters.size(classes.size())];
        for (int i = 0; i < counters.length; i++) {
            counters[i] = aggregator.sum(i);
        }
        return counters;
    }

    private static long percentile(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile);
    }
}
