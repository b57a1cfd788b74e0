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

    @Test
    void recordsHowLateEachTimerFiredAndResetsWhenRead() throws Exception {
        try (DownstreamService service = DownstreamService.start()) {
            for (int i = 0; i < 3; i++) {
                get(service.url() + "/delay?ms=20");
            }
            DownstreamService.Lateness first = service.takeLateness();
            assertThat(first.count()).isEqualTo(3);
            assertThat(service.takeLateness().count()).isZero();
            // A busy event loop makes its timers late, and the record says so.
            var slow = client.sendAsync(
                    HttpRequest.newBuilder(URI.create(service.url() + "/delay?ms=10"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(5);
            service.blockLoopForTest(60);
            assertThat(slow.get().statusCode()).isEqualTo(200);
            DownstreamService.Lateness late = service.takeLateness();
            assertThat(late.count()).isEqualTo(1);
            assertThat(late.p99Ms()).isGreaterThan(20);
            assertThat(late.over5Ms()).isEqualTo(1);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
