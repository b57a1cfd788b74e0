package dev.bakeoff.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataChecksTest {
    @TempDir
    Path dir;

    @Test
    void passesAnAppWhoseTiersAndPrefixesAnswerTheExpectedReport() throws Exception {
        Path csv = Dataset.ensure(dir, 3_000);
        assertThat(new DataChecks(fake(csv, q -> q), csv).run()).contains("realistic and tuned");
    }

    @Test
    void failsAnAppWhoseTunedTierIgnoresRows() {
        Path csv = Dataset.ensure(dir, 3_000);
        // The tuned tier always reports the whole dataset: rows=1234 must then fail.
        DataChecks checks =
                new DataChecks(fake(csv, q -> q.tuned ? new Query(q.minQty, true, Integer.MAX_VALUE) : q), csv);
        assertThatThrownBy(checks::run).isInstanceOf(AssertionError.class).hasMessageContaining("tier=tuned&rows=1234");
    }

    @Test
    void failsAnAppThatAcceptsAnUnknownTier() {
        Path csv = Dataset.ensure(dir, 3_000);
        DataChecks checks = new DataChecks(fake(csv, q -> q, true), csv);
        assertThatThrownBy(checks::run).isInstanceOf(AssertionError.class).hasMessageContaining("tier=fast");
    }

    record Query(int minQty, boolean tuned, int rows) {}

    private static DataChecks.Getter fake(Path csv, Function<Query, Query> bend) {
        return fake(csv, bend, false);
    }

    /** An app computing the report from the lab's own expected one, with {@code bend} applied to its query. */
    private static DataChecks.Getter fake(Path csv, Function<Query, Query> bend, boolean lax) {
        return path -> {
            java.net.URI uri = java.net.URI.create("http://x" + path);
            var params = new java.util.HashMap<String, String>();
            for (String kv : uri.getQuery().split("&")) {
                String[] p = kv.split("=");
                params.put(p[0], p[1]);
            }
            String tier = params.getOrDefault("tier", "realistic");
            String rows = params.getOrDefault("rows", String.valueOf(Integer.MAX_VALUE));
            if (!lax && (!List.of("realistic", "tuned").contains(tier) || !rows.matches("\\d+") || rows.equals("0"))) {
                return response(400, "{}");
            }
            int n = rows.matches("\\d+") && !rows.equals("0") ? Integer.parseInt(rows) : Integer.MAX_VALUE;
            Query q = bend.apply(new Query(Integer.parseInt(params.get("min_qty")), tier.equals("tuned"), n));
            StringBuilder body = new StringBuilder("[");
            for (Dataset.RegionTotal t : Dataset.expectedReport(csv, q.minQty(), q.rows())) {
                body.append(body.length() > 1 ? "," : "")
                        .append(String.format(
                                java.util.Locale.ROOT,
                                "{\"region\":\"%s\",\"orders\":%d,\"units\":%d,\"revenue\":%.2f}",
                                t.region(),
                                t.orders(),
                                t.units(),
                                t.revenueCents() / 100.0));
            }
            return response(200, body.append("]").toString());
        };
    }

    private static HttpResponse<String> response(int status, String body) {
        return new FakeResponse(status, body);
    }

    private record FakeResponse(int statusCode, String body) implements HttpResponse<String> {
        @Override
        public java.net.http.HttpRequest request() {
            return java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1/data/report"))
                    .build();
        }

        @Override
        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return java.net.http.HttpHeaders.of(
                    java.util.Map.of("content-type", List.of("application/json")), (a, b) -> true);
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.URI uri() {
            return request().uri();
        }

        @Override
        public java.net.http.HttpClient.Version version() {
            return java.net.http.HttpClient.Version.HTTP_1_1;
        }
    }
}
