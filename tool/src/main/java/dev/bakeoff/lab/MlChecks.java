package dev.bakeoff.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bakeoff.model.Verification.Check;
import dev.bakeoff.model.Verification.Outcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The ml endpoints of the contract: each reference batch of {@code reference.json} (1, 7 and 64 rows, written
 * by the trainer from scikit-learn's predict_proba) is POSTed to {@code /ml/predict}, and every score must be
 * within {@link #TOLERANCE} of the reference. Float32 inference (ONNX Runtime) lands within ~1e-6 of
 * scikit-learn's float64; a stack that answers made-up or another model's scores is far outside.
 */
final class MlChecks {
    /** Absolute tolerance per score: 100x what float32 inference costs, far below a wrong model's error. */
    static final double TOLERANCE = 1e-4;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final Path reference;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    MlChecks(String base, Path reference) {
        this.base = base;
        this.reference = reference;
    }

    /**
     * The engines a stack serves: its default (no query), and for Python the labelled ONNX Runtime variant
     * beside its native scikit-learn model (CONTRACT.md).
     */
    static List<String> engines(dev.bakeoff.model.StackDefinition stack) {
        return stack.language().equalsIgnoreCase("python") ? List.of("", "onnx") : List.of("");
    }

    /** The checks; one FAIL telling how to train the model when reference.json is missing. */
    List<Check> run(List<String> engines) {
        if (!Files.isRegularFile(reference)) {
            return List.of(new Check(
                    "ml", Outcome.FAIL, reference + " is missing; train the model: ./bakeoff setup (any ml stack)"));
        }
        List<Check> checks = new ArrayList<>();
        for (String engine : engines) {
            String query = engine.isEmpty() ? "" : "?engine=" + engine;
            checks.add(
                    ContractChecks.check("ml-predict" + (engine.isEmpty() ? "" : "-" + engine), () -> predict(query)));
        }
        checks.add(ContractChecks.check("ml-bad-input", this::badInput));
        checks.add(ContractChecks.check("ml-info", this::info));
        return checks;
    }

    private String predict(String query) throws Exception {
        JsonNode ref = JSON.readTree(reference.toFile());
        double worst = 0;
        List<String> sizes = new ArrayList<>();
        for (JsonNode batch : ref.path("batches")) {
            String body =
                    JSON.createObjectNode().set("rows", batch.path("rows")).toString();
            HttpResponse<String> r = post("/ml/predict" + query, body);
            expectStatus(r, 200);
            ContractChecks.expectMediaType(r, "application/json");
            JsonNode scores = JSON.readTree(r.body()).path("scores");
            JsonNode expected = batch.path("scores");
            if (!scores.isArray() || scores.size() != expected.size()) {
                throw new AssertionError(expected.size() + " rows: expected {\"scores\": [" + expected.size()
                        + " numbers]}, got " + ContractChecks.abbreviate(r.body()));
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!scores.get(i).isNumber()) {
                    throw new AssertionError("score " + i + " is " + scores.get(i) + ", not a number");
                }
                double diff =
                        Math.abs(scores.get(i).asDouble() - expected.get(i).asDouble());
                if (!(diff <= TOLERANCE)) {
                    throw new AssertionError(expected.size() + " rows: score " + i + " is " + scores.get(i)
                            + ", reference " + expected.get(i) + " (|diff| " + diff + " > " + TOLERANCE + ")");
                }
                worst = Math.max(worst, diff);
            }
            sizes.add(String.valueOf(expected.size()));
        }
        return "batches of " + String.join(", ", sizes) + " rows within " + TOLERANCE + " of the reference (max |diff| "
                + String.format(java.util.Locale.ROOT, "%.2g", worst) + ")";
    }

    private String badInput() throws Exception {
        expectStatus(post("/ml/predict", "{\"rows\": [[1, 2, 3]]}"), 400);
        expectStatus(post("/ml/predict", "{\"rows\": []}"), 400);
        expectStatus(post("/ml/predict", "not json"), 400);
        return "a short row, no rows and a non-JSON body answer 400";
    }

    private String info() throws Exception {
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(base + "/ml/info"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        expectStatus(r, 200);
        JsonNode loadMs = JSON.readTree(r.body()).path("load_ms");
        if (!loadMs.isNumber() || loadMs.asDouble() < 0) {
            throw new AssertionError(
                    "/ml/info: expected {\"load_ms\": N, ...}, got " + ContractChecks.abbreviate(r.body()));
        }
        return "model loaded in " + String.format(java.util.Locale.ROOT, "%.1f", loadMs.asDouble()) + " ms";
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void expectStatus(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new AssertionError("POST " + r.request().uri().getPath()
                    + (r.request().uri().getRawQuery() == null
                            ? ""
                            : "?" + r.request().uri().getRawQuery())
                    + " answered " + r.statusCode() + ", expected " + status
                    + (r.body().isBlank() ? "" : ": " + ContractChecks.abbreviate(r.body())));
        }
    }
}
