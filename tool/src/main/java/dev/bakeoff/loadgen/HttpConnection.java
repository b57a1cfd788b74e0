package dev.bakeoff.loadgen;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoop;
import java.util.concurrent.TimeUnit;

/**
 * One logical keep-alive connection of an HTTP run: it sends on its schedule, matches responses to
 * requests in order, records their latencies, and reconnects when the server closes it. The same
 * handler serves the successive channels of a reconnect, so the open-model schedule survives them.
 *
 * <p>Implementation notes: every method runs on the connection's event loop. In flight requests
 * live in a ring of {@code pipelineDepth} slots holding their class, intended and actual send time.
 * The hot path (send, parse, record) does not allocate: request bytes are retained duplicates of
 * pooled buffers, writes use the void promise, and the only object created per request is Netty's
 * scheduled task when the connection must wait for its next intended send time. That timer is
 * armed {@link Defaults#TIMER_LEAD_NANOS} early to absorb the kernel's timer slack; a request sent
 * early counts from its actual send. Errors are counted in {@link LoopStats}, never thrown.
 */
@ChannelHandler.Sharable
final class HttpConnection extends ChannelInboundHandlerAdapter implements ResponseSink, ChannelFutureListener {
    private final HttpRunContext run;
    private final LoopStats stats;
    private final EncodedMix mix;
    private final EventLoop loop;
    private final Lane lane;
    private final ResponseParser parser = new ResponseParser();
    private final int[] slotClass;
    private final long[] slotIntendedNanos;
    private final long[] slotSentNanos;
    /** For a mix: whether another class was in flight at the slot's send, and how many it had sent by then. */
    private final boolean[] slotBesideAtSend;

    private final long[] slotOthersSent;
    private final Runnable wakeup = this::onWakeup;
    private final Runnable reconnect = this::connect;
    private int head;
    private int inFlight;
    private int mixCursor;
    private OpenPacer pacer;
    private boolean started;
    private Channel channel;
    private boolean wakeupScheduled;
    /** The current channel is being closed (by us or at the server's request): send nothing more on it. */
    private boolean closing;

    private long wakeupAtNanos;

    HttpConnection(HttpRunContext run, LoopStats stats, EncodedMix mix, EventLoop loop, Lane lane) {
        this.run = run;
        this.stats = stats;
        this.mix = mix;
        this.loop = loop;
        this.lane = lane;
        this.slotClass = new int[run.pipelineDepth];
        this.slotIntendedNanos = new long[run.pipelineDepth];
        this.slotSentNanos = new long[run.pipelineDepth];
        this.slotBesideAtSend = new boolean[run.pipelineDepth];
        this.slotOthersSent = new long[run.pipelineDepth];
        this.mixCursor = lane.cycleStart() % mix.cycleLength();
    }

    /** Opens the channel; failures are counted and retried after a back-off until the run ends. */
    ChannelFuture connect() {
        ChannelFuture future = run.bootstrap.clone(loop).handler(this).connect(run.address);
        future.addListener(this);
        return future;
    }

    /** The measured schedule begins: called on the loop once every connection had its chance to open. */
    void start() {
        started = true;
        if (run.open()) {
            pacer = OpenPacer.forConnection(run.startNanos, lane.ratePerSecond(), lane.index(), lane.of());
        }
        trySend();
    }

    @Override
    public void operationComplete(ChannelFuture future) {
        if (!future.isSuccess() && !run.ended()) {
            stats.add(HttpCounters.CONNECT, 1);
            future.channel().eventLoop().schedule(reconnect, run.reconnectBackoffNanos, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        closing = false;
        parser.reset();
        head = 0;
        inFlight = 0;
        if (started) {
            trySend();
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        try {
            if (ctx.channel() == channel) {
                parser.feed(buf, this);
            }
        } finally {
            buf.release();
        }
        trySend();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (ctx.channel() != channel) {
            return;
        }
        channel = null;
        parser.onClose(this);
        dropInFlight(run.ended() ? HttpCounters.TIMEOUT : HttpCounters.RESET);
        if (!run.ended()) {
            connect();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close(); // counted in channelInactive: the requests in flight are lost
    }

    /** Sends every request that is due and fits in the pipeline. */
    private void trySend() {
        Channel ch = channel;
        if (ch == null || !started || closing) {
            return;
        }
        boolean wrote = false;
        while (inFlight < run.pipelineDepth) {
            long nowNanos = run.clock.nanoTime();
            long intendedNanos;
            if (pacer != null) {
                long dueNanos = pacer.nextSendAtNanos();
                if (dueNanos >= run.endNanos) {
                    break;
                }
                if (dueNanos - nowNanos > Defaults.TIMER_LEAD_NANOS) {
                    scheduleWakeup(ch, dueNanos, nowNanos);
                    break;
                }
                intendedNanos = pacer.take();
            } else {
                if (nowNanos >= run.endNanos) {
                    break;
                }
                intendedNanos = nowNanos;
            }
            int requestClass = lane.requestClass();
            if (requestClass == Lane.CYCLE) {
                requestClass = mix.classAt(mixCursor);
                mixCursor = mixCursor + 1 == mix.cycleLength() ? 0 : mixCursor + 1;
            }
            int slot = (head + inFlight) % run.pipelineDepth;
            slotClass[slot] = requestClass;
            slotIntendedNanos[slot] = intendedNanos;
            slotSentNanos[slot] = nowNanos;
            if (run.beside != null) {
                slotBesideAtSend[slot] = run.beside.othersInFlight(requestClass);
                slotOthersSent[slot] = run.beside.othersSent(requestClass);
                run.beside.sent(requestClass);
            }
            inFlight++;
            stats.add(HttpCounters.IN_FLIGHT, 1);
            stats.add(HttpCounters.SENT, 1);
            ch.write(mix.request(requestClass), ch.voidPromise());
            wrote = true;
        }
        if (wrote) {
            ch.flush();
        }
    }

    private void scheduleWakeup(Channel ch, long dueNanos, long nowNanos) {
        if (!wakeupScheduled) {
            wakeupScheduled = true;
            wakeupAtNanos = dueNanos;
            ch.eventLoop()
                    .schedule(
                            wakeup,
                            run.clock.realNanos(dueNanos - Defaults.TIMER_LEAD_NANOS - nowNanos),
                            TimeUnit.NANOSECONDS);
        }
    }

    private void onWakeup() {
        wakeupScheduled = false;
        stats.recordLateness(run.clock.nanoTime() - wakeupAtNanos);
        trySend();
    }

    @Override
    public boolean nextResponseHasNoBody() {
        return inFlight > 0 && mix.isHead(slotClass[head]);
    }

    @Override
    public void onResponse(int status, boolean keepAlive) {
        if (inFlight == 0) {
            onProtocolError(); // an answer nobody asked for
            return;
        }
        long nowNanos = run.clock.nanoTime();
        int requestClass = slotClass[head];
        long sentNanos = slotSentNanos[head];
        // Sent early (within the timer lead): the latency is the service time, never less.
        long correctedNanos = nowNanos - Math.min(slotIntendedNanos[head], sentNanos);
        stats.record(requestClass, correctedNanos, nowNanos - sentNanos);
        if (run.beside != null
                && (slotBesideAtSend[head] || run.beside.othersSent(requestClass) != slotOthersSent[head])) {
            stats.recordBeside(requestClass, correctedNanos);
        }
        stats.add(HttpCounters.completed(requestClass), 1);
        boolean measured = nowNanos >= run.warmupEndNanos && nowNanos < run.endNanos;
        boolean error = status < 200 || status > 299;
        if (measured) {
            stats.add(HttpCounters.completedMeasured(requestClass), 1);
        }
        if (error) {
            stats.add(HttpCounters.non2xx(requestClass), 1);
            if (measured) {
                // Of the measured answers, as ClassResult says: a warm-up's or the drain's errors are not its.
                stats.add(HttpCounters.non2xxMeasured(requestClass), 1);
            }
        }
        popHead();
        if (!keepAlive) {
            closeChannel();
        }
    }

    @Override
    public void onProtocolError() {
        stats.add(HttpCounters.PROTOCOL, 1);
        if (inFlight > 0) {
            popHead();
        }
        closeChannel();
    }

    /** Called by the loop's timeout sweep: a request unanswered too long fails its connection. */
    void checkTimeout(long nowNanos) {
        if (inFlight > 0 && nowNanos - slotSentNanos[head] > run.timeoutNanos && channel != null) {
            dropInFlight(HttpCounters.TIMEOUT);
            closeChannel();
        }
    }

    /** Closes the channel at the end of the run; requests still in flight count as timeouts. */
    void close() {
        closeChannel();
    }

    private void closeChannel() {
        if (channel != null && !closing) {
            closing = true;
            channel.close();
        }
    }

    int inFlight() {
        return inFlight;
    }

    private void popHead() {
        if (run.beside != null) {
            run.beside.done(slotClass[head]);
        }
        head = (head + 1) % run.pipelineDepth;
        inFlight--;
        stats.add(HttpCounters.IN_FLIGHT, -1);
    }

    private void dropInFlight(int counter) {
        if (inFlight > 0) {
            if (run.beside != null) {
                for (int i = 0; i < inFlight; i++) {
                    run.beside.done(slotClass[(head + i) % run.pipelineDepth]);
                }
            }
            stats.add(counter, inFlight);
            stats.add(HttpCounters.IN_FLIGHT, -inFlight);
        }
        head = 0;
        inFlight = 0;
    }
}
