package dev.bakeoff.vertx;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpResponseExpectation;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/**
 * The contract's endpoints. One instance runs per event loop; everything here runs on that event
 * loop, so the instance's own state (its WebSocket map) needs no locking.
 */
final class HttpVerticle extends VerticleBase {

    /** Event-bus address of the /ws room; every instance consumes it. */
    private static final String ROOM = "bakeoff.ws.room";
    private static final String SENDER = "sender";
    private static final AtomicLong SOCKET_IDS = new AtomicLong();

    private final int port;
    private final String delayUrl;
    private final Orders orders;
    private final Map<String, ServerWebSocket> sockets = new HashMap<>();
    private WebClient client;

    HttpVerticle(int port, String downstreamUrl, Orders orders) {
        this.port = port;
        this.delayUrl = downstreamUrl + "/delay?ms=";
        this.orders = orders;
    }

    @Override
    public Future<?> start() {
        // Non-blocking client with a keep-alive pool, one per instance (bound to its event loop).
        // The pool allows 1024 connections so that ~1024 concurrent /io calls never queue on it.
        client = WebClient.create(vertx,
                new WebClientOptions().setKeepAlive(true).setConnectTimeout(5_000),
                new PoolOptions().setHttp1MaxSize(1024));

        MessageConsumer<String> room = vertx.eventBus().localConsumer(ROOM, this::deliver);

        Router router = Router.router(vertx); // unmatched paths: 404 from the router
        router.get("/health").handler(ctx -> ctx.end("ok"));
        router.get("/plaintext").handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end("Hello, World!"));
        // ctx.json encodes with Vert.x's standard JSON codec and sets application/json.
        router.get("/json").handler(ctx -> ctx.json(new JsonObject().put("message", "Hello, World!")));
        router.get("/io").handler(this::io);
        router.get("/cpu").handler(this::cpu);
        router.get("/data/report").handler(this::report);
        router.get("/ws").handler(this::webSocket);
        Ml.routes(router); // /ml/predict, /ml/info on ONNX Runtime (Ml.java)
        Database.routes(vertx, router); // /db, /queries, /updates, /fortunes on PostgreSQL

        Future<?> listening = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port))
                .requestHandler(router)
                .listen();
        return Future.all(room.completion(), listening);
    }

    private void io(RoutingContext ctx) {
        Integer ms = intParam(ctx, "ms");
        if (ms == null) {
            answer(ctx, 400);
            return;
        }
        client.getAbs(delayUrl + ms)
                .timeout(30_000)
                .send()
                .expecting(HttpResponseExpectation.SC_OK)
                .map(HttpResponse::bodyAsJsonObject)
                .onSuccess(ctx::json)
                .onFailure(err -> answer(ctx, 502)); // refused, timed out, non-200 or not JSON
    }

    /*
     * Vert.x's golden rule is "don't block the event loop"; its docs run blocking or long-running work
     * with executeBlocking on the worker pool, and code that completes quickly on the event loop itself,
     * where a hop to a worker and back would cost more than the work. The rule here: work expected to
     * take under about half a millisecond runs inline; /cpu below INLINE_CPU_N took 0.3-0.5 ms with
     * a warm JIT on this project's 2-core machine (n=20,000: 0.31 ms, n=30,000: 0.51 ms, n=100,000:
     * 3.3 ms), so only smaller n stay on the loop. /data/report scans the whole dataset (milliseconds
     * at 50,000 rows), so it always goes to a worker. Unordered, so that concurrent requests of one
     * instance run in parallel instead of queueing behind each other.
     */
    static final int INLINE_CPU_N = 20_000;

    private void cpu(RoutingContext ctx) {
        Integer n = intParam(ctx, "n");
        if (n == null) {
            answer(ctx, 400);
            return;
        }
        if (n < INLINE_CPU_N) {
            ctx.json(new JsonObject().put("n", n).put("primes", Primes.countBelow(n)));
            return;
        }
        vertx.executeBlocking(() -> Primes.countBelow(n), false)
                .onSuccess(primes -> ctx.json(new JsonObject().put("n", n).put("primes", primes)))
                .onFailure(ctx::fail);
    }

    private void report(RoutingContext ctx) {
        Integer minQty = intParam(ctx, "min_qty");
        if (minQty == null) {
            answer(ctx, 400);
            return;
        }
        String tier = ctx.request().getParam("tier", "realistic");
        String rowsParam = ctx.request().getParam("rows");
        Integer rows = rowsParam == null ? Integer.valueOf(Integer.MAX_VALUE) : intParam(ctx, "rows");
        if (!tier.equals("realistic") && !tier.equals("tuned") || rows == null || rows < 1) {
            answer(ctx, 400);
            return;
        }
        boolean tuned = tier.equals("tuned");
        vertx.executeBlocking(() -> orders.report(minQty, tuned, rows), false)
                .onSuccess(ctx::json)
                .onFailure(ctx::fail);
    }

    /** Each text message goes to every instance through the event bus, tagged with its sender. */
    private void webSocket(RoutingContext ctx) {
        ctx.request().toWebSocket().onSuccess(ws -> {
            String id = Long.toString(SOCKET_IDS.incrementAndGet());
            sockets.put(id, ws);
            ws.closeHandler(v -> sockets.remove(id));
            ws.textMessageHandler(text -> vertx.eventBus().publish(ROOM, text,
                    new DeliveryOptions().addHeader(SENDER, id).setLocalOnly(true)));
        });
    }

    /** Writes a room message to this instance's sockets, except the sender's. */
    private void deliver(Message<String> message) {
        String sender = message.headers().get(SENDER);
        sockets.forEach((id, ws) -> {
            if (!id.equals(sender)) {
                ws.writeTextMessage(message.body());
            }
        });
    }

    /**
     * An expected error answered directly with its status: ctx.fail(code) would do the same but log
     * every bad request or downstream failure as "Unhandled exception in router".
     */
    private static void answer(RoutingContext ctx, int status) {
        ctx.response().setStatusCode(status).end();
    }

    /** The query parameter as an int, or null when missing or not an integer (answered 400). */
    static Integer intParam(RoutingContext ctx, String name) {
        String value = ctx.request().getParam(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
