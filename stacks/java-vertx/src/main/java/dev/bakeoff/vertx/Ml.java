package dev.bakeoff.vertx;

import java.nio.FloatBuffer;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The ml endpoints of stacks/CONTRACT.md on ONNX Runtime's Java API: POST /ml/predict scores a JSON batch
 * of feature rows with the ONNX model in ML_MODEL_ONNX, GET /ml/info says how long loading it took. One
 * session for the whole process, loaded before the port opens (OrtSession.run is safe to call from many
 * threads); one intra-op thread per call, since the event loops already use every core. Inference of a
 * batch takes tens of microseconds, under the half-millisecond rule of HttpVerticle, so it runs inline.
 */
final class Ml {
    private static final int FEATURES = 30;
    private static final int MAX_ROWS = 256;
    private static volatile Ml shared = new Ml(null, null, -1);

    private final OrtEnvironment env;
    private final OrtSession session;
    private final double loadMs;

    private Ml(OrtEnvironment env, OrtSession session, double loadMs) {
        this.env = env;
        this.session = session;
        this.loadMs = loadMs;
    }

    /** Loads the model named by ML_MODEL_ONNX, once at start-up; without it the endpoints answer 503. */
    static void load() throws OrtException {
        String path = System.getenv("ML_MODEL_ONNX");
        if (path == null || path.isBlank()) {
            return;
        }
        long start = System.nanoTime();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        OrtSession session = env.createSession(path, options);
        shared = new Ml(env, session, (System.nanoTime() - start) / 1e6);
    }

    /** Adds the routes to one verticle instance's router. */
    static void routes(Router router) {
        Ml ml = shared;
        router.post("/ml/predict").handler(BodyHandler.create().setBodyLimit(1 << 20)).handler(ml::predict);
        router.get("/ml/info").handler(ml::info);
    }

    private void predict(RoutingContext ctx) {
        if (session == null) {
            unavailable(ctx);
            return;
        }
        float[] input;
        int rows;
        try {
            JsonArray batch = ctx.body().asJsonObject().getJsonArray("rows");
            rows = batch == null ? 0 : batch.size();
            if (rows < 1 || rows > MAX_ROWS) {
                bad(ctx, "rows: 1 to " + MAX_ROWS + " rows expected");
                return;
            }
            input = new float[rows * FEATURES];
            for (int r = 0; r < rows; r++) {
                JsonArray row = batch.getJsonArray(r);
                if (row == null || row.size() != FEATURES) {
                    bad(ctx, "row " + r + ": " + FEATURES + " numbers expected");
                    return;
                }
                for (int f = 0; f < FEATURES; f++) {
                    input[r * FEATURES + f] = ((Number) row.getValue(f)).floatValue();
                }
            }
        } catch (DecodeException | ClassCastException | NullPointerException e) {
            bad(ctx, "body: {\"rows\": [[" + FEATURES + " numbers], ...]} expected");
            return;
        }
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), new long[] {rows, FEATURES});
                OrtSession.Result result = session.run(Map.of("input", tensor))) {
            float[][] scores = (float[][]) result.get(0).getValue();
            JsonArray out = new JsonArray();
            for (float[] score : scores) {
                out.add((double) score[0]);
            }
            ctx.json(new JsonObject().put("scores", out));
        } catch (OrtException e) {
            ctx.fail(e);
        }
    }

    private void info(RoutingContext ctx) {
        if (session == null) {
            unavailable(ctx);
            return;
        }
        ctx.json(new JsonObject().put("engine", "onnx").put("load_ms", loadMs)
                .put("engines", new JsonObject().put("onnx", loadMs)));
    }

    private static void bad(RoutingContext ctx, String why) {
        ctx.response().setStatusCode(400).end(why);
    }

    private static void unavailable(RoutingContext ctx) {
        ctx.response().setStatusCode(503).end("the model is not loaded (run: ./bakeoff setup)");
    }
}
