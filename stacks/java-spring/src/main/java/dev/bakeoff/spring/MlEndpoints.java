package dev.bakeoff.spring;

import java.nio.FloatBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import jakarta.annotation.PreDestroy;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The ml endpoints of stacks/CONTRACT.md on ONNX Runtime's Java API: POST /ml/predict scores a JSON batch
 * of feature rows with the ONNX model in ML_MODEL_ONNX, GET /ml/info says how long loading it took. The
 * session is created with the bean, before Tomcat opens the port, and shared by every request thread
 * (OrtSession.run is thread-safe); one intra-op thread per call, since requests already run in parallel.
 * Jackson binds the body; a body it cannot read is answered 400 by Spring MVC, a wrong shape by this class.
 *
 * <p>The hybrid with a Java front (stacks/hybrid-spring-fastapi): with ML_SERVICE_URL set, this app loads no
 * model and answers a validated /ml/predict by forwarding it to $ML_SERVICE_URL/ml/predict through one
 * RestClient on a pooled, keep-alive Apache HttpClient 5 (as /io's client), passing the service's status and
 * body through; a service that is down, or slower than ML_SERVICE_TIMEOUT_MS (default 2000), answers 502.
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
    private final String serviceUrl = System.getenv("ML_SERVICE_URL");
    private final RestClient service;

    MlEndpoints() throws OrtException {
        String path = System.getenv("ML_MODEL_ONNX");
        service = forwarding() ? serviceClient(serviceUrl) : null;
        if (path == null || path.isBlank() || forwarding()) {
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

    private boolean forwarding() {
        return serviceUrl != null && !serviceUrl.isBlank();
    }

    private static RestClient serviceClient(String url) {
        Duration timeout = Duration.ofMillis(Long.parseLong(System.getenv().getOrDefault("ML_SERVICE_TIMEOUT_MS", "2000")));
        var pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(64)
                .setMaxConnPerRoute(64)
                .build();
        var requests = new HttpComponentsClientHttpRequestFactory(
                HttpClients.custom().setConnectionManager(pool).build());
        requests.setConnectionRequestTimeout(timeout);
        requests.setReadTimeout(timeout);
        return RestClient.builder().baseUrl(url.replaceAll("/$", "")).requestFactory(requests).build();
    }

    @PostMapping("/ml/predict")
    ResponseEntity<?> predict(@RequestBody Batch batch) throws OrtException {
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
        if (forwarding()) {
            return forward(batch);
        }
        requireModel();
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), new long[] {rows.size(), FEATURES});
                OrtSession.Result result = session.run(Map.of("input", tensor))) {
            float[][] out = (float[][]) result.get(0).getValue();
            double[] scores = new double[out.length];
            for (int i = 0; i < out.length; i++) {
                scores[i] = out[i][0];
            }
            return ResponseEntity.ok(new Scores(scores));
        }
    }

    private ResponseEntity<?> forward(Batch batch) {
        try {
            return service.post()
                    .uri("/ml/predict")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(batch)
                    .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                            .contentType(MediaType.APPLICATION_JSON)
                            .body(response.getBody().readAllBytes()));
        } catch (RestClientException e) {
            return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
                    .body(Map.of("error", "ML service failed: " + e.getMessage()));
        }
    }

    @GetMapping("/ml/info")
    Object info() {
        if (forwarding()) {
            return Map.of("engine", "service", "load_ms", 0, "service", serviceUrl);
        }
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
