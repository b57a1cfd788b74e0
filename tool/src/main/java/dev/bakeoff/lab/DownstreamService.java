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
import java.util.concurrent.TimeUnit;

/**
 * The slow service that reference apps call from {@code /io}: {@code GET /delay?ms=M} answers
 * {@code {"delayed_ms":M}} after M milliseconds. It stands for "a database or another service".
 * Runs on one Netty event loop on 127.0.0.1; delays are timers, so thousands can wait at once.
 */
public final class DownstreamService implements AutoCloseable {
    /** Longer delays are surely a mistake; capping them keeps every load bounded in time. */
    static final int MAX_DELAY_MS = 60_000;

    private final EventLoopGroup group;
    private final Channel server;

    private DownstreamService(EventLoopGroup group, Channel server) {
        this.group = group;
        this.server = server;
    }

    /** Starts the service on a free loopback port. */
    public static DownstreamService start() {
        boolean epoll = Epoll.isAvailable();
        EventLoopGroup group =
                new MultiThreadIoEventLoopGroup(1, epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        try {
            Channel server = new ServerBootstrap()
                    .group(group)
                    .channel(epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 4096)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpServerCodec(), new DelayHandler());
                        }
                    })
                    .bind(new InetSocketAddress("127.0.0.1", 0))
                    .sync()
                    .channel();
            return new DownstreamService(group, server);
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
            ctx.executor()
                    .schedule(() -> reply(ctx, HttpResponseStatus.OK, body, keepAlive), ms, TimeUnit.MILLISECONDS);
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
