// A small, fast HTTP/1.1 server for benchmarking load generators: GET anything -> "Hello, World!".
// Netty with HttpServerCodec on one epoll event loop (pin it with taskset). An optional fixed delay
// per response (scheduled, not slept) makes the latency-accuracy check of bench/loadgen-vs-wrk.
// Run: java -cp 'tool/target/lib/*' bench/servers/PlaintextServer.java PORT [DELAY_MS]
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
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
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

public class PlaintextServer {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long delayMs = args.length > 1 ? Long.parseLong(args[1]) : 0;
        ByteBuf body = Unpooled.unreleasableBuffer(
                Unpooled.directBuffer().writeBytes("Hello, World!".getBytes(StandardCharsets.US_ASCII)));
        boolean epoll = Epoll.isAvailable();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        new ServerBootstrap()
                .group(group)
                .channel(epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 4096)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new SimpleChannelInboundHandler<HttpObject>() {
                            @Override
                            protected void channelRead0(ChannelHandlerContext ctx, HttpObject msg) {
                                if (!(msg instanceof HttpRequest)) {
                                    return;
                                }
                                FullHttpResponse response = new DefaultFullHttpResponse(
                                        HttpVersion.HTTP_1_1, HttpResponseStatus.OK, body.duplicate());
                                response.headers()
                                        .set(HttpHeaderNames.CONTENT_TYPE, "text/plain")
                                        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
                                if (delayMs > 0) {
                                    ctx.executor().schedule(() -> ctx.writeAndFlush(response), delayMs, TimeUnit.MILLISECONDS);
                                } else {
                                    ctx.write(response);
                                }
                            }

                            @Override
                            public void channelReadComplete(ChannelHandlerContext ctx) {
                                ctx.flush();
                            }
                        });
                    }
                })
                .bind("127.0.0.1", port)
                .sync();
        System.out.println("listening on 127.0.0.1:" + port + (delayMs > 0 ? " with " + delayMs + " ms delay" : ""));
    }
}
