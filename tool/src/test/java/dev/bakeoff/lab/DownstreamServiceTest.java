package dev.bakeoff.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class DownstreamServiceTest {
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void answersAfterTheAskedDelayWithItsJson() throws Exception {
        try (DownstreamService service = DownstreamService.start()) {
            long start = System.nanoTime();
            HttpResponse<String> r = get(service.url() + "/delay?ms=120");
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("{\"delayed_ms\":120}");
            assertThat(elapsedMs).isGreaterThanOrEqualTo(120);
            assertThat(service.url()).startsWith("http://127.0.0.1:");
        }
    }

    @Test
    void refusesAMissingOrHugeDelay() throws Exception {
        try (DownstreamService service = DownstreamService.start()) {
            assertThat(get(service.url() + "/delay").statusCode()).isEqualTo(400);
            assertThat(get(service.url() + "/delay?ms=999999").statusCode()).isEqualTo(400);
            assertThat(get(service.url() + "/other").statusCode()).isEqualTo(404);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
