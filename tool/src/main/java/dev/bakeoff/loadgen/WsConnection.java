package dev.bakeoff.loadgen;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.TimeUnit;

/**
 * One WebSocket connection of a run: it may publish on an open-model schedule, and it accounts for
 * every message it receives (latency from the intended publish time, duplicates, order).
 *
 * <p>Implementation notes: every method runs on the connection's event loop. Netty's WebSocket
 * codec allocates a frame per message; that is acceptable here because broadcast messages are far
 * fewer than HTTP requests. Receiving parses the fixed-width payload in place without copying.
 */
final class WsConnection extends ChannelInboundHandlerAdapter implements ChannelFutureListener {
    private final WsRunContext run;
    private final LoopStats stats;
    private final int publisher;
    private final DeliveryTracker tracker;
    private final Runnable wakeup = this::onWakeup;
    private Channel channel;
    private boolean settled;
    private OpenPacer pacer;
    private long seq;
    private boolean wakeupScheduled;
    private long wakeupAtNanos;

    /** {@code publisher} is this connection's publisher id, or -1 if it only receives. */
    WsConnection(WsRunContext run, LoopStats stats, int publisher, boolean track) {
        this.run = run;
        this.stats = stats;
        this.publisher = publisher;
        this.tracker = track ? new DeliveryTracker(run.publishers) : null;
    }

    /** The connect itself failed (refused, unreachable). */
    @Override
    public void operationComplete(ChannelFuture future) {
        if (!future.isSuccess()) {
            settle(false);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
            channel = ctx.channel();
            settle(true);
        } else if (evt == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
            settle(false);
            ctx.close();
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof TextWebSocketFrame frame && tracker != null) {
                receive(frame.content());
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void receive(ByteBuf content) {
        long nowNanos = run.clock.nanoTime();
        if (!WsPayload.isValid(content)) {
            stats.add(WsCounters.FOREIGN, 1);
            return;
        }
        int from = WsPayload.publisher(content);
        if (from < 0 || from >= run.publishers) {
            stats.add(WsCounters.FOREIGN, 1);
            return;
        }
        switch (tracker.deliver(from, WsPayload.seq(content))) {
            case DUPLICATE -> stats.add(WsCounters.DUPLICATED, 1);
            case OUT_OF_ORDER -> {
                stats.add(WsCounters.OUT_OF_ORDER, 1);
                stats.add(WsCounters.DELIVERED, 1);
            }
            case IN_ORDER -> stats.add(WsCounters.DELIVERED, 1);
        }
        long actualNanos = WsPayload.actualNanos(content);
        // Published early (within the timer lead): count from the actual publish, never less.
        stats.record(0, nowNanos - Math.min(WsPayload.intendedNanos(content), actualNanos), nowNanos - actualNanos);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (channel != null && !run.ended()) {
            stats.add(WsCounters.CLOSED_EARLY, 1);
        }
        channel = null;
        settle(false);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        settle(false); // a failed handshake; after it, errors surface as an early close
        ctx.close();
    }

    private void settle(boolean opened) {
        if (!settled) {
            settled = true;
            stats.add(opened ? WsCounters.OPENED : WsCounters.CONNECT_ERRORS, 1);
            run.handshakesInProgress.release();
            run.settled.countDown();
        }
    }

    /** Starts publishing, if this connection publishes; called on its loop. */
    void start() {
        if (publisher >= 0) {
            pacer = OpenPacer.forConnection(run.startNanos, run.ratePerSecond, publisher, run.publishers);
            publish();
        }
    }

    void close() {
        if (channel != null) {
            channel.close();
        }
    }

    private void publish() {
        Channel ch = channel;
        if (ch == null) {
            return;
        }
        boolean wrote = false;
        while (true) {
            long dueNanos = pacer.nextSendAtNanos();
            if (dueNanos >= run.endNanos) {
                break;
            }
            long nowNanos = run.clock.nanoTime();
            if (dueNanos - nowNanos > Defaults.TIMER_LEAD_NANOS) {
                if (!wakeupScheduled) {
                    wakeupScheduled = true;
                    wakeupAtNanos = dueNanos;
                    ch.eventLoop()
                            .schedule(wakeup, dueNanos - Defaults.TIMER_LEAD_NANOS - nowNanos, TimeUnit.NANOSECONDS);
                }
                break;
            }
            long intendedNanos = pacer.take();
            ByteBuf payload = ch.alloc().buffer(run.payloadBytes);
            WsPayload.write(payload, publisher, seq++, intendedNanos, nowNanos, run.payloadBytes);
            ch.write(new TextWebSocketFrame(payload), ch.voidPromise());
            stats.add(WsCounters.PUBLISHED, 1);
            if (intendedNanos >= run.warmupEndNanos) {
                stats.add(WsCounters.PUBLISHED_MEASURED, 1);
            }
            wrote = true;
        }
        if (wrote) {
            ch.flush();
        }
    }

    private void onWakeup() {
        wakeupScheduled = false;
        stats.recordLateness(run.clock.nanoTime() - wakeupAtNanos);
        publish();
    }
}
