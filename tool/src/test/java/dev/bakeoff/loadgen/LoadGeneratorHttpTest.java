package dev.bakeoff.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** End to end against a real server on 127.0.0.1: a few seconds each. */
class LoadGeneratorHttpTest {

    @Test
    void correctedLatencyShowsAOneSecondStallThatUncorrectedHides() throws Exception {
        // 200 req/s on 4 connections for 4 s; after 300 requests (~1.5 s) the server stalls for 1 s.
        try (TestHttpServer server = new TestHttpServer(300, 1000)) {
            HttpLoad load = HttpLoad.open(server.uri("/plaintext"), 200)
                    .withConnections(4, 1)
                    .withPhases(Duration.ZERO, Duration.ofSeconds(4));
            HttpResult result = LoadGenerator.run(load, Progress.NONE);

            assertThat(result.correctedMicros().getValueAtPercentile(99)).isGreaterThanOrEqualTo(900_000);
            assertThat(result.uncorrectedMicros().getValueAtPercentile(99)).isLessThan(100_000);
            assertThat(result.uncorrectedMicros().getMaxValue()).isGreaterThanOrEqualTo(900_000);
            assertThat(result.errors().total()).isZero();
            assertThat(result.achievedRatePerSecond()).isBetween(190.0, 205.0);
        }
    }

    @Test
    void keepsAHistogramAndCountsPerRequestClass() throws Exception {
        try (TestHttpServer server = TestHttpServer.healthy()) {
            List<RequestClass> mix = List.of(
                    new RequestClass("cheap", "GET", "/cheap", Map.of(), "", 3),
                    new RequestClass("missing", "GET", "/missing", Map.of("X-Test", "1"), "", 1));
            HttpLoad load = HttpLoad.open(server.uri("/"), 400)
                    .withConnections(4, 1)
                    .withMix(mix)
                    .withPhases(Duration.ofMillis(500), Duration.ofSeconds(2));
            List<IntervalStats> seen = new ArrayList<>();
            HttpResult result = LoadGenerator.run(load, seen::add);

            ClassResult cheap = result.classes().get(0);
            ClassResult missing = result.classes().get(1);
            assertThat(cheap.name()).isEqualTo("cheap");
            assertThat(cheap.completed()).isBetween(570L, 630L);
            assertThat(missing.completed()).isBetween(190L, 210L);
            assertThat(missing.non2xx()).isEqualTo(missing.completed());
            assertThat(cheap.non2xx()).isZero();
            assertThat(cheap.correctedMicros().getTotalCount()).isGreaterThanOrEqualTo(cheap.completed());
            assertThat(result.errors().non2xx()).isEqualTo(missing.completed());
            assertThat(result.completed()).isEqualTo(cheap.completed() + missing.completed());
            assertThat(seen).hasSize(3);
            assertThat(seen.get(0).warmup()).isTrue();
            assertThat(result.timeline()).hasSize(3);
            assertThat(server.byPath.get("/cheap").get())
                    .isGreaterThan(3 * server.byPath.get("/missing").get() - 10);
        }
    }

    @Test
    void closedModelKeepsEveryConnectionBusyAndPipelines() throws Exception {
        try (TestHttpServer server = TestHttpServer.healthy()) {
            HttpLoad load = HttpLoad.closed(server.uri("/plaintext"), 4)
                    .withConnections(4, 8)
                    .withPhases(Duration.ZERO, Duration.ofSeconds(1));
            HttpResult result = LoadGenerator.run(load, Progress.NONE);
            assertThat(result.completed()).isGreaterThan(1000);
            assertThat(result.errors().total()).isZero();
            assertThat(result.cpuSeconds()).isPositive();
        }
    }

    @Test
    void reconnectsWithoutErrorsWhenTheServerClosesAfterEachResponse() throws Exception {
        try (TestHttpServer server = TestHttpServer.healthy()) {
            HttpLoad load = HttpLoad.open(server.uri("/close"), 100)
                    .withConnections(2, 1)
                    .withPhases(Duration.ZERO, Duration.ofSeconds(1));
            HttpResult result = LoadGenerator.run(load, Progress.NONE);
            assertThat(result.completed()).isBetween(95L, 101L);
            assertThat(result.errors().total()).isZero();
        }
    }

    @Test
    void countsTimeoutsWhenTheServerStopsAnsweringAndStillEnds() throws Exception {
        try (TestHttpServer server = new TestHttpServer(1, 1500)) {
            HttpLoad base = HttpLoad.open(server.uri("/plaintext"), 20).withConnections(2, 1);
            HttpLoad load = new HttpLoad(
                    base.target(),
                    base.shape(),
                    2,
                    1,
                    Duration.ZERO,
                    Duration.ofSeconds(1),
                    Duration.ofMillis(300),
                    List.of(),
                    false,
                    1,
                    SteadyState.FIXED);
            long started = System.nanoTime();
            HttpResult result = LoadGenerator.run(load, Progress.NONE);
            assertThat(result.errors().timeout()).isGreaterThanOrEqualTo(2);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void countsConnectErrorsWhenNothingListensAndStillEnds() throws Exception {
        java.net.URI target;
        try (TestHttpServer server = TestHttpServer.healthy()) {
            target = server.uri("/plaintext");
        } // closed: nothing listens on that port now
        HttpLoad load =
                HttpLoad.open(target, 100).withConnections(2, 1).withPhases(Duration.ZERO, Duration.ofSeconds(1));
        long started = System.nanoTime();
        HttpResult result = LoadGenerator.run(load, Progress.NONE);
        assertThat(result.completed()).isZero();
        assertThat(result.errors().connect()).isPositive();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
}
