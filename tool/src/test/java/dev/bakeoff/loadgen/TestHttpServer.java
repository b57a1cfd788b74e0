package dev.bakeoff.loadgen;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A one-thread HTTP server on 127.0.0.1 for tests. It can stall once, like wrk2's ^Z example: the
 * whole server stops answering for a while after a given number of requests.
 */
final class TestHttpServer implements AutoCloseable {
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel server;
    private final AtomicLong requests = new AtomicLong();
    final ConcurrentHashMap<String, AtomicLong> byPath = new ConcurrentHashMap<>();
    private final long stallAfterRequests;
    private final long stallMillis;
    static final long WARMING_NANOS = 3_000_000_000L;
    private final AtomicLong warmingSince = new AtomicLong();

    TestHttpServer(long stallAfterRequests, long stallMillis) throws InterruptedException {
        this.stallAfterRequests = stallAfterRequests;
        this.stallMillis = stallMillis;
        server = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new Handler());
                    }
                })
                .bind("127.0.0.1", 0)
                .sync()
                .channel();
    }

    static TestHttpServer healthy() throws InterruptedException {
        return new TestHttpServer(Long.MAX_VALUE, 0);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort() + path);
    }

    long requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /**
     * Like a JIT compiling: each /warming request costs 2 ms at first, less and less over 3 s of load, then
     * nothing, so the throughput keeps rising for 3 s and then holds.
     */
    private void warmUpOneRequest() {
        long now = System.nanoTime();
        warmingSince.compareAndSet(0, now);
        double left = 1 - (now - warmingSince.get()) / (double) WARMING_NANOS;
        if (left > 0) {
            LockSupport.parkNanos((long) (2_000_000 * left));
        }
    }

    private final class Handler extends SimpleChannelInboundHandler<Object> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Object msg) throws InterruptedException {
            if (!(msg instanceof HttpRequest request)) {
                return;
            }
            byPath.computeIfAbsent(request.uri(), k -> new AtomicLong()).incrementAndGet();
            if (requests.incrementAndGet() == stallAfterRequests) {
                Thread.sleep(stallMillis); // the one event loop stops: every connection waits
            }
            if (request.uri().startsWith("/warming")) {
                warmUpOneRequest();
            }
            boolean missing = request.uri().startsWith("/missing");
            FullHttpResponse response = new DefaultFullHttpResponse(
                    HttpVersion.HTTP_1_1,
                    missing ? HttpResponseStatus.NOT_FOUND : HttpResponseStatus.OK,
                    Unpooled.copiedBuffer("ok", StandardCharsets.US_ASCII));
            response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, 2);
            if (request.uri().startsWith("/close")) { // one request per connection, as HTTP/1.0 servers do
                response.headers().set(HttpHeaderNames.CONNECTION, "close");
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            ctx.writeAndFlush(response);
        }
    }
}
