package dev.bakeoff.spring;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import jakarta.annotation.PreDestroy;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The ml endpoints of stacks/CONTRACT.md on ONNX Runtime's Java API: POST /ml/predict scores a JSON batch
 * of feature rows with the ONNX model in ML_MODEL_ONNX, GET /ml/info says how long loading it took. The
 * session is created with the bean, before Tomcat opens the port, and shared by every request thread
 * (OrtSession.run is thread-safe); one intra-op thread per call, since requests already run in parallel.
 * Jackson binds the body; a body it cannot read is answered 400 by Spring MVC, a wrong shape by this class.
 */
@RestController
class MlEndpoints {
    private static final int FEATURES = 30;
    private static final int MAX_ROWS = 256;

    record Batch(List<List<Double>> rows) {}

    record Scores(double[] scores) {}

    record Info(String engine, double load_ms, Map<String, Double> engines) {}

    private final OrtEnvironment env;
    private final OrtSession session;
    private final double loadMs;

    MlEndpoints() throws OrtException {
        String path = System.getenv("ML_MODEL_ONNX");
        if (path == null || path.isBlank()) {
            env = null;
            session = null;
            loadMs = -1;
            return;
        }
        long start = System.nanoTime();
        env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        session = env.createSession(path, options);
        loadMs = (System.nanoTime() - start) / 1e6;
    }

    @PostMapping("/ml/predict")
    Scores predict(@RequestBody Batch batch) throws OrtException {
        requireModel();
        List<List<Double>> rows = batch.rows();
        if (rows == null || rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "rows: 1 to " + MAX_ROWS + " rows expected");
        }
        float[] input = new float[rows.size() * FEATURES];
        for (int r = 0; r < rows.size(); r++) {
            List<Double> row = rows.get(r);
            if (row == null || row.size() != FEATURES || row.contains(null)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "row " + r + ": " + FEATURES + " numbers expected");
            }
            for (int f = 0; f < FEATURES; f++) {
                input[r * FEATURES + f] = row.get(f).floatValue();
            }
        }
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), new long[] {rows.size(), FEATURES});
                OrtSession.Result result = session.run(Map.of("input", tensor))) {
            float[][] out = (float[][]) result.get(0).getValue();
            double[] scores = new double[out.length];
            for (int i = 0; i < out.length; i++) {
                scores[i] = out[i][0];
            }
            return new Scores(scores);
        }
    }

    @GetMapping("/ml/info")
    Info info() {
        requireModel();
        return new Info("onnx", loadMs, Map.of("onnx", loadMs));
    }

    private void requireModel() {
        if (session == null) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "the model is not loaded (run: ./bakeoff setup)");
        }
    }

    @PreDestroy
    void close() throws OrtException {
        if (session != null) {
            session.close();
        }
    }
}
