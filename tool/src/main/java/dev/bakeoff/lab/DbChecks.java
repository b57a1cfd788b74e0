package dev.bakeoff.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bakeoff.model.Verification.Check;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The db endpoints of the contract, checked the way TechEmpower's verifier does it: bodies and headers, and
 * the statements each request really ran, counted by PostgreSQL itself ({@link QueryCounts}), so that an app
 * that batches N lookups into one query or answers from a cache fails, however right its body looks.
 */
final class DbChecks {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int QUERIES_N = 20;

    private final String base;
    private final Psql admin;
    private final QueryCounts counts;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    DbChecks(String base, Psql admin) {
        this.base = base;
        this.admin = admin;
        this.counts = new QueryCounts(admin);
    }

    List<Check> run() {
        List<Check> checks = new ArrayList<>();
        checks.add(ContractChecks.check("db", this::db));
        checks.add(ContractChecks.check("queries", this::queries));
        checks.add(ContractChecks.check("queries-clamped", this::clamped));
        checks.add(ContractChecks.check("db-bad-parameter", () -> status(get("/queries?n=abc"), 400)));
        checks.add(ContractChecks.check("updates", this::updates));
        checks.add(ContractChecks.check("fortunes", this::fortunes));
        return checks;
    }

    private String db() throws Exception {
        counts.reset();
        HttpResponse<String> r = get("/db");
        QueryCounts.Seen seen = counts.read();
        status(r, 200);
        ContractChecks.expectMediaType(r, "application/json");
        JsonNode row = JSON.readTree(r.body());
        if (!row.isObject()) {
            throw new AssertionError("body was " + ContractChecks.abbreviate(r.body()) + ", expected one object");
        }
        matchesTable(List.of(row));
        seen.expectSelects(1, "/db");
        return "one row that matches the table, " + seen;
    }

    private String queries() throws Exception {
        counts.reset();
        HttpResponse<String> r = get("/queries?n=" + QUERIES_N);
        QueryCounts.Seen seen = counts.read();
        List<JsonNode> rows = rows(r, QUERIES_N);
        matchesTable(rows);
        seen.expectSelects(QUERIES_N, "/queries?n=" + QUERIES_N);
        return QUERIES_N + " rows that match the table, " + seen;
    }

    /**
     * N SELECTs and at least one UPDATE that changed every row read (one UPDATE per row, or one batched
     * UPDATE: the contract allows both), and the answered values are the table's new values. A row read twice
     * is updated twice by the one-per-row style, so the table may hold either of its two answered values.
     */
    private String updates() throws Exception {
        counts.reset();
        HttpResponse<String> r = get("/updates?n=" + QUERIES_N);
        QueryCounts.Seen seen = counts.read();
        List<JsonNode> rows = rows(r, QUERIES_N);
        seen.expectSelects(QUERIES_N, "/updates?n=" + QUERIES_N);
        long distinct =
                rows.stream().mapToInt(row -> row.path("id").asInt()).distinct().count();
        seen.expectRowsUpdated(distinct, "/updates?n=" + QUERIES_N);
        matchesTable(rows, rows);
        return QUERIES_N + " rows written back, " + seen;
    }

    private String fortunes() throws Exception {
        counts.reset();
        HttpResponse<String> r = get("/fortunes");
        QueryCounts.Seen seen = counts.read();
        status(r, 200);
        ContractChecks.expectMediaType(r, "text/html");
        String page = FortunesPage.check(r.body());
        seen.expectSelects(1, "/fortunes");
        return page + ", " + seen;
    }

    private String clamped() throws Exception {
        rows(get("/queries?n=0"), 1);
        rows(get("/queries?n=501"), 500);
        return "n=0 gave 1 row, n=501 gave 500";
    }

    private List<JsonNode> rows(HttpResponse<String> r, int expected) throws Exception {
        status(r, 200);
        ContractChecks.expectMediaType(r, "application/json");
        JsonNode body = JSON.readTree(r.body());
        if (!body.isArray() || body.size() != expected) {
            throw new AssertionError(r.request().uri().getRawQuery() + ": expected an array of " + expected
                    + " rows, got " + ContractChecks.abbreviate(r.body()));
        }
        List<JsonNode> rows = new ArrayList<>();
        body.forEach(rows::add);
        return rows;
    }

    /** Every row is {"id": 1..10000, "randomNumber": its value in the table}: read from the table, not made up. */
    private void matchesTable(List<JsonNode> rows) {
        matchesTable(rows, rows);
    }

    /** As above; a row's table value may be that of any row in {@code answered} with its id. */
    private void matchesTable(List<JsonNode> rows, List<JsonNode> answered) {
        StringBuilder ids = new StringBuilder();
        for (JsonNode row : rows) {
            int id = row.path("id").asInt(-1);
            if (id < 1
                    || id > PostgresSeed.WORLD_ROWS
                    || !row.path("randomNumber").isInt()) {
                throw new AssertionError("row " + ContractChecks.abbreviate(row.toString()) + " is not {\"id\": 1.."
                        + PostgresSeed.WORLD_ROWS + ", \"randomNumber\": N}");
            }
            ids.append(ids.isEmpty() ? "" : ",").append(id);
        }
        // Read after the counts, so that this query is not counted as the app's.
        String table =
                admin.value("SELECT string_agg(id || ':' || randomnumber, ',') FROM world WHERE id IN (" + ids + ")");
        var values = java.util.Arrays.stream(table.split(","))
                .map(p -> p.split(":"))
                .collect(Collectors.toMap(p -> Integer.parseInt(p[0]), p -> Integer.parseInt(p[1])));
        for (JsonNode row : rows) {
            Integer actual = values.get(row.path("id").asInt());
            int id = row.path("id").asInt();
            boolean answeredValue = answered.stream()
                    .anyMatch(a -> a.path("id").asInt() == id
                            && actual != null
                            && a.path("randomNumber").asInt() == actual);
            if (actual == null || !answeredValue) {
                throw new AssertionError("row " + row + " does not match the table (randomnumber " + actual + ")");
            }
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String status(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new AssertionError(
                    r.request().uri().getPath() + "?" + r.request().uri().getRawQuery()
                            + " answered " + r.statusCode() + ", expected " + status
                            + (r.body().isBlank() ? "" : ": " + ContractChecks.abbreviate(r.body())));
        }
        return String.valueOf(status);
    }
}
