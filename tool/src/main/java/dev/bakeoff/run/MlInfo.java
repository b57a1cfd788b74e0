package dev.bakeoff.run;

import dev.bakeoff.model.MetricNames;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model load time an app reports in {@code GET /ml/info} ({@code {"load_ms": X, ...}}, CONTRACT.md): read
 * after a step, outside the measured load, so it costs the step nothing. Empty when the app does not say.
 */
final class MlInfo {
    private static final Pattern LOAD_MS = Pattern.compile("\"load_ms\"\\s*:\\s*([0-9]+(?:\\.[0-9]+)?)");

    private MlInfo() {}

    static Map<String, Double> values(String baseUrl) {
        try (HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build()) {
            HttpRequest info = HttpRequest.newBuilder(URI.create(baseUrl + "/ml/info"))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            HttpResponse<String> r = client.send(info, HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? parse(r.body()) : Map.of();
        } catch (java.io.IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    static Map<String, Double> parse(String body) {
        Matcher m = LOAD_MS.matcher(body);
        return m.find() ? Map.of(MetricNames.ML_LOAD_MS, Double.parseDouble(m.group(1))) : Map.of();
    }
}
