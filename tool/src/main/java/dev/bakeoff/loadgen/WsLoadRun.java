package dev.bakeoff.loadgen;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.util.concurrent.EventExecutor;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The running state of one {@link WsLoad}: opens K connections (at most 256 handshakes at a time),
 * reads the heap, then either holds them (idle) or lets P of them publish on schedule while all
 * receive; ticks the timeline, drains deliveries for a bounded time, and closes everything.
 */
final class WsLoadRun {
    private static final long SECOND_NANOS = 1_000_000_000L;

    private final WsLoad load;
    private final Progress progress;
    private final Clock clock;
    private final Stop stop;
    private final WsTimeline timeline;

    WsLoadRun(WsLoad load, Progress progress, Clock clock, Stop stop) {
        this.load = load;
        this.progress = progress;
        this.clock = clock;
        this.stop = stop;
        this.timeline = new WsTimeline(progress);
    }

    WsResult run(InetSocketAddress address) throws InterruptedException {
        long heapBaseline = ProcessCpu.heapUsedAfterGcBytes();
        EventLoopGroup group = Transport.newGroup(Math.min(load.eventLoopThreads(), load.connections()), "bakeoff-ws");
        try {
            return runOn(group, address, heapBaseline);
        } finally {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).await(10, TimeUnit.SECONDS);
        }
    }

    private WsResult runOn(EventLoopGroup group, InetSocketAddress address, long heapBaseline)
            throws InterruptedException {
        List<EventLoop> loops = new ArrayList<>();
        for (EventExecutor executor : group) {
            loops.add((EventLoop) executor);
        }
        LoopStats[] stats = new LoopStats[loops.size()];
        for (int l = 0; l < stats.length; l++) {
            stats[l] = new LoopStats(1, WsCounters.SIZE);
        }
        int publishers = load.idle() ? 0 : load.publishers();
        WsRunContext run = new WsRunContext(
                clock, Math.max(1, publishers), load.ratePerSecond(), load.payloadBytes(), load.connections());
        List<List<WsConnection>> byLoop = openConnections(run, loops, stats, publishers, address);
        run.settled.await(30, TimeUnit.SECONDS);
        IntervalAggregator aggregator = new IntervalAggregator(stats);
        long opened = aggregator.sum(WsCounters.OPENED);
        long heapUsed = ProcessCpu.heapUsedAfterGcBytes();

        long startNanos = clock.nanoTime();
        long warmupEndNanos = startNanos + load.warmup().toNanos();
        long endNanos = warmupEndNanos + load.duration().toNanos();
        run.startNanos = startNanos;
        run.warmupEndNanos = warmupEndNanos;
        run.endNanos = endNanos;
        for (int l = 0; l < loops.size(); l++) {
            List<WsConnection> mine = byLoop.get(l);
            loops.get(l).execute(() -> mine.forEach(WsConnection::start));
        }
        long tickStart = startNanos;
        while (tickStart < warmupEndNanos && !stop.requested()) {
            long tickEnd = Math.min(tickStart + SECOND_NANOS, warmupEndNanos);
            tickStart = tick(aggregator, true, startNanos, tickStart, tickEnd);
        }
        long cpuAtWarmupEnd = ProcessCpu.cpuNanos();
        long measuredFrom = tickStart;
        while (tickStart < endNanos && !stop.requested()) {
            long tickEnd = Math.min(tickStart + SECOND_NANOS, endNanos);
            tickStart = tick(aggregator, false, startNanos, tickStart, tickEnd);
        }
        if (tickStart < run.endNanos) {
            run.endNanos = tickStart; // stopped early: publishes end, and rates are over what ran
        }
        long cpuNanos = ProcessCpu.cpuNanos() - cpuAtWarmupEnd;
        long measuredNanos = Math.max(0, tickStart - measuredFrom);

        long drainUntil = clock.nanoTime() + Defaults.WS_DRAIN.toNanos();
        while (!load.idle()
                && aggregator.sum(WsCounters.DELIVERED) < aggregator.sum(WsCounters.PUBLISHED) * (opened - 1)
                && clock.nanoTime() < drainUntil) {
            Thread.sleep(5);
        }
        run.end();
        for (int l = 0; l < loops.size(); l++) {
            List<WsConnection> mine = byLoop.get(l);
            loops.get(l).execute(() -> mine.forEach(WsConnection::close));
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).await(10, TimeUnit.SECONDS);
        aggregator.tick(true);
        return timeline.result(
                load,
                aggregator,
                opened,
                load.connections() - opened,
                aggregator.sum(WsCounters.PUBLISHED_MEASURED),
                cpuNanos,
                measuredNanos,
                heapBaseline,
                heapUsed,
                loops.size());
    }

    /**
     * Opens the connections (loop i % loops; the first {@code publishers} publish), at most 256
     * handshakes at a time; returns once every one was tried.
     */
    private List<List<WsConnection>> openConnections(
            WsRunContext run, List<EventLoop> loops, LoopStats[] stats, int publishers, InetSocketAddress address)
            throws InterruptedException {
        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(load.target())
                .handshakeTimeoutMillis(10_000)
                .maxFramePayloadLength(Math.max(65536, load.payloadBytes()))
                .dropPongFrames(true)
                .build();
        Bootstrap template = new Bootstrap()
                .channel(Transport.channelClass())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000);
        List<List<WsConnection>> byLoop = new ArrayList<>();
        loops.forEach(loop -> byLoop.add(new ArrayList<>()));
        for (int i = 0; i < load.connections(); i++) {
            if (!run.handshakesInProgress.tryAcquire(15, TimeUnit.SECONDS)) {
                // The server stopped answering: the rest are never tried and count as connect errors.
                for (int rest = i; rest < load.connections(); rest++) {
                    run.settled.countDown();
                }
                break;
            }
            int l = i % loops.size();
            WsConnection connection = new WsConnection(run, stats[l], i < publishers ? i : -1, !load.idle());
            byLoop.get(l).add(connection);
            template.clone(loops.get(l))
                    .handler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            ch.pipeline()
                                    .addLast(new HttpClientCodec(), new HttpObjectAggregator(8192))
                                    .addLast(new WebSocketClientProtocolHandler(config), connection);
                        }
                    })
                    .connect(address)
                    .addListener(connection);
        }
        return byLoop;
    }

    /** One interval of the timeline; returns its end, earlier than {@code toNanos} when a stop woke it. */
    private long tick(IntervalAggregator aggregator, boolean warmup, long startNanos, long fromNanos, long toNanos)
            throws InterruptedException {
        stop.sleep(toNanos - clock.nanoTime());
        if (stop.requested()) {
            toNanos = Math.min(toNanos, clock.nanoTime());
        }
        aggregator.tick(!warmup);
        timeline.add(aggregator, warmup, (fromNanos - startNanos) / 1e9, (toNanos - fromNanos) / 1e9);
        return toNanos;
    }
}
