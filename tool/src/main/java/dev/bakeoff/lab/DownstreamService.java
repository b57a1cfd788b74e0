package dev.bakeoff.lab;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.HdrHistogram.Histogram;

/**
 * The slow service that reference apps call from {@code /io}: {@code GET /delay?ms=M} answers
 * {@code {"delayed_ms":M}} after M milliseconds. It stands for "a database or another service".
 * Runs on one Netty event loop on 127.0.0.1; delays are timers, so thousands can wait at once.
 *
 * <p>It checks itself: every timer's lateness (when it fired against the asked delay) is recorded on the
 * event loop, so an io step can say how accurate its delays were and flag itself when they drifted (the
 * service shares the load generator's cores).
 */
public final class DownstreamService implements AutoCloseable {
    /** Longer delays are surely a mistake; capping them keeps every load bounded in time. */
    static final int MAX_DELAY_MS = 60_000;

    private final EventLoopGroup group;
    private final Channel server;
    /** Timer lateness in microseconds; written and read on the event loop only (single writer, no lock). */
    private final Histogram lateMicros;

    private DownstreamService(EventLoopGroup group, Channel server, Histogram lateMicros) {
        this.group = group;
        this.server = server;
        this.lateMicros = lateMicros;
    }

    /**
     * How late the timers fired since the last call (or the start): the count, the p99 and the maximum in ms,
     * and how many were more than 1 ms and 5 ms late. Resets the record, so each step reads its own.
     */
    public record Lateness(long count, double p99Ms, double maxMs, long over1Ms, long over5Ms) {
        static final Lateness NONE = new Lateness(0, 0, 0, 0, 0);
    }

    /** Reads and resets the lateness record on the service's event loop. */
    public Lateness takeLateness() {
        try {
            return group.next()
                    .submit(() -> {
                        Lateness l = lateMicros.getTotalCount() == 0
                                ? Lateness.NONE
                                : new Lateness(
                                        lateMicros.getTotalCount(),
                                        lateMicros.getValueAtPercentile(99) / 1000.0,
                                        lateMicros.getMaxValue() / 1000.0,
                                        countAbove(lateMicros, 1000),
                                        countAbove(lateMicros, 5000));
                        lateMicros.reset();
                        return l;
                    })
                    .get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Lateness.NONE;
        } catch (ExecutionException | TimeoutException e) {
            return Lateness.NONE;
        }
    }

    /** Tests: keeps the event loop busy for {@code millis}, as a starved core would. */
    void blockLoopForTest(long millis) {
        group.next().execute(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static long countAbove(Histogram h, long micros) {
        return h.getTotalCount() - h.getCountBetweenValues(0, micros);
    }

    /** Starts the service on a free loopback port. */
    public static DownstreamService start() {
        boolean epoll = Epoll.isAvailable();
        EventLoopGroup group =
                new MultiThreadIoEventLoopGroup(1, epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        Histogram late = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        try {
            Channel server = new ServerBootstrap()
                    .group(group)
                    .channel(epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 4096)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpServerCodec(), new DelayHandler(late));
                        }
                    })
                    .bind(new InetSocketAddress("127.0.0.1", 0))
                    .sync()
                    .channel();
            return new DownstreamService(group, server, late);
        } catch (InterruptedException e) {
            group.shutdownGracefully();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the downstream service", e);
        }
    }

    /** Base URL without a trailing slash, as the apps get it in {@code DOWNSTREAM_URL}. */
    public String url() {
        return "http://127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort();
    }

    @Override
    public void close() {
        server.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
    }

    private static final class DelayHandler extends SimpleChannelInboundHandler<HttpRequest> {
        private final Histogram late;

        DelayHandler(Histogram late) {
            this.late = late;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpRequest request) {
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            QueryStringDecoder query = new QueryStringDecoder(request.uri());
            if (!query.path().equals("/delay")) {
                reply(ctx, HttpResponseStatus.NOT_FOUND, "{\"error\":\"not found\"}", keepAlive);
                return;
            }
            int ms = delayOf(query.parameters().get("ms"));
            if (ms < 0) {
                reply(
                        ctx,
                        HttpResponseStatus.BAD_REQUEST,
                        "{\"error\":\"ms must be 0.." + MAX_DELAY_MS + "\"}",
                        keepAlive);
                return;
            }
            String body = "{\"delayed_ms\":" + ms + "}";
            long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
            ctx.executor()
                    .schedule(
                            () -> {
                                // Cheap: one subtraction and one histogram slot on the loop that fires the timer.
                                late.recordValue(Math.min(
                                        late.getHighestTrackableValue(),
                                        Math.max(0, (System.nanoTime() - due) / 1000)));
                                reply(ctx, HttpResponseStatus.OK, body, keepAlive);
                            },
                            ms,
                            TimeUnit.MILLISECONDS);
        }

        private static int delayOf(List<String> values) {
            try {
                int ms = values == null || values.isEmpty() ? -1 : Integer.parseInt(values.get(0));
                return ms <= MAX_DELAY_MS ? ms : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private static void reply(
                ChannelHandlerContext ctx, HttpResponseStatus status, String body, boolean keepAlive) {
            FullHttpResponse response = new DefaultFullHttpResponse(
                    HttpVersion.HTTP_1_1, status, Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
            if (keepAlive) {
                ctx.writeAndFlush(response);
            } else {
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            // A client that resets its connection is normal under load; drop the connection quietly.
            ctx.close();
        }
    }
}
