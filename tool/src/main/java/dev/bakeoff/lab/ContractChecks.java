package dev.bakeoff.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bakeoff.model.Verification.Check;
import dev.bakeoff.model.Verification.Outcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The HTTP checks of the contract against one running app; each check passes or says what it saw. */
final class ContractChecks {
    static final int IO_PARALLEL = 50;
    static final int IO_PARALLEL_MS = 200;
    /** "Well under 50 x 200 ms": a fifth of the serial time, so a pool of 5 threads would still fail. */
    static final long IO_PARALLEL_LIMIT_MS = IO_PARALLEL * IO_PARALLEL_MS / 5;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long[][] PRIMES = {{2, 0}, {3, 1}, {10, 4}, {100, 25}, {10_000, 1229}, {100_000, 9592}};

    private final String base;
    private final Path dataset;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    ContractChecks(String base, Path dataset) {
        this.base = base;
        this.dataset = dataset;
    }

    List<Check> run() {
        List<Check> checks = new ArrayList<>();
        checks.add(check("health", () -> expectStatus(get("/health"), 200)));
        checks.add(check("plaintext", this::plaintext));
        checks.add(check("json", this::json));
        checks.add(check("not-found", () -> expectStatus(get("/no/such/path"), 404)));
        checks.add(check("bad-parameter", () -> expectStatus(get("/cpu?n=abc"), 400)));
        checks.add(check("io", this::io));
        checks.add(check("io-concurrency", this::ioConcurrency));
        checks.add(check("cpu", this::cpu));
        checks.add(check("data-report", this::dataReport));
        return checks;
    }

    private String plaintext() throws Exception {
        HttpResponse<String> r = get("/plaintext");
        expectStatus(r, 200);
        expectMediaType(r, "text/plain");
        if (!r.body().equals("Hello, World!")) {
            throw new AssertionError("body was '" + abbreviate(r.body()) + "', expected 'Hello, World!'");
        }
        return "200 text/plain 'Hello, World!'";
    }

    private String json() throws Exception {
        HttpResponse<String> r = get("/json");
        expectStatus(r, 200);
        expectMediaType(r, "application/json");
        JsonNode body = JSON.readTree(r.body());
        if (!body.equals(JSON.readTree("{\"message\":\"Hello, World!\"}"))) {
            throw new AssertionError("body was " + abbreviate(r.body()));
        }
        return "200 application/json " + r.body().strip();
    }

    private String io() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = get("/io?ms=100");
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        expectStatus(r, 200);
        expectMediaType(r, "application/json");
        if (JSON.readTree(r.body()).path("delayed_ms").asInt(-1) != 100) {
            throw new AssertionError("body was " + abbreviate(r.body()) + ", expected {\"delayed_ms\":100}");
        }
        if (elapsedMs < 100) {
            throw new AssertionError("answered in " + elapsedMs + " ms: it did not wait for the downstream");
        }
        return "waited " + elapsedMs + " ms for ms=100";
    }

    private String ioConcurrency() throws Exception {
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < IO_PARALLEL; i++) {
            calls.add(client.sendAsync(request("/io?ms=" + IO_PARALLEL_MS), HttpResponse.BodyHandlers.ofString()));
        }
        try {
            // Bounded: an app that serves one request at a time would otherwise keep us for 10 s.
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                    .get(IO_PARALLEL_LIMIT_MS + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            calls.forEach(c -> c.cancel(true));
            throw new AssertionError(IO_PARALLEL + " parallel /io?ms=" + IO_PARALLEL_MS + " had not finished after "
                    + (IO_PARALLEL_LIMIT_MS + 1000) + " ms: requests do not wait concurrently");
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        long ok = calls.stream().filter(c -> c.join().statusCode() == 200).count();
        if (ok != IO_PARALLEL) {
            throw new AssertionError(ok + " of " + IO_PARALLEL + " parallel /io calls answered 200");
        }
        if (elapsedMs > IO_PARALLEL_LIMIT_MS) {
            throw new AssertionError(IO_PARALLEL + " parallel /io?ms=" + IO_PARALLEL_MS + " took " + elapsedMs
                    + " ms (limit " + IO_PARALLEL_LIMIT_MS + " ms): requests do not wait concurrently");
        }
        return IO_PARALLEL + " x /io?ms=" + IO_PARALLEL_MS + " in " + elapsedMs + " ms";
    }

    private String cpu() throws Exception {
        for (long[] pair : PRIMES) {
            HttpResponse<String> r = get("/cpu?n=" + pair[0]);
            expectStatus(r, 200);
            JsonNode body = JSON.readTree(r.body());
            if (body.path("n").asLong(-1) != pair[0] || body.path("primes").asLong(-1) != pair[1]) {
                throw new AssertionError(
                        "n=" + pair[0] + ": got " + abbreviate(r.body()) + ", expected primes " + pair[1]);
            }
        }
        return "primes below 2, 3, 10, 100, 10^4, 10^5 all right";
    }

    private String dataReport() throws Exception {
        return new DataChecks(this::get, dataset).run();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    private static String expectStatus(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new AssertionError(r.request().uri().getPath() + " answered " + r.statusCode() + ", expected "
                    + status + (r.body().isBlank() ? "" : ": " + abbreviate(r.body())));
        }
        return String.valueOf(status);
    }

    static void expectMediaType(HttpResponse<String> r, String type) {
        String contentType = r.headers().firstValue("content-type").orElse("");
        if (!contentType.split(";")[0].trim().equalsIgnoreCase(type)) {
            throw new AssertionError("content type was '" + contentType + "', expected " + type);
        }
    }

    static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
    }

    interface CheckBody {
        String run() throws Exception;
    }

    static Check check(String name, CheckBody body) {
        try {
            return new Check(name, Outcome.PASS, body.run());
        } catch (AssertionError e) {
            return new Check(name, Outcome.FAIL, e.getMessage());
        } catch (Exception e) {
            return new Check(name, Outcome.FAIL, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
