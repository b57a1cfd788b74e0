package dev.bakeoff.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** WebSocket accounting against an in-test broadcast server. */
class LoadGeneratorWsTest {

    private static WsLoad load(java.net.URI target, int connections, int publishers, double rate, boolean idle) {
        return new WsLoad(
                target,
                connections,
                publishers,
                rate,
                80,
                Duration.ofMillis(500),
                Duration.ofSeconds(2),
                idle,
                false,
                2);
    }

    @Test
    void everyMessageReachesEveryOtherConnectionOnAHealthyServer() throws Exception {
        try (TestWsServer server = TestWsServer.healthy()) {
            WsResult result = LoadGenerator.run(load(server.uri(), 8, 3, 150, false), Progress.NONE);

            Deliveries d = result.deliveries();
            assertThat(result.connectionsOpened()).isEqualTo(8);
            assertThat(d.published()).isBetween(360L, 380L);
            assertThat(d.expected()).isEqualTo(d.published() * 7);
            assertThat(d.delivered()).isEqualTo(d.expected());
            assertThat(d.missing()).isZero();
            assertThat(d.duplicated()).isZero();
            assertThat(d.outOfOrder()).isZero();
            assertThat(result.correctedMicros().getTotalCount()).isGreaterThan(0);
            assertThat(result.correctedMicros().getValueAtPercentile(50)).isLessThan(50_000);
            assertThat(result.achievedPublishRatePerSecond()).isBetween(145.0, 152.0);
        }
    }

    @Test
    void countsTheDeliveriesAFaultyServerDrops() throws Exception {
        try (TestWsServer server = new TestWsServer(10)) {
            WsResult result = LoadGenerator.run(load(server.uri(), 5, 2, 100, false), Progress.NONE);

            Deliveries d = result.deliveries();
            long dropped = server.received() / 10;
            assertThat(dropped).isPositive();
            assertThat(d.missing()).isEqualTo(dropped * 4);
            assertThat(d.delivered()).isEqualTo(d.expected() - dropped * 4);
            assertThat(d.duplicated()).isZero();
        }
    }

    @Test
    void idleModeHoldsTheConnectionsAndReadsTheHeap() throws Exception {
        try (TestWsServer server = TestWsServer.healthy()) {
            WsResult result = LoadGenerator.run(
                    new WsLoad(server.uri(), 50, 0, 0, 64, Duration.ZERO, Duration.ofSeconds(1), true, false, 1),
                    Progress.NONE);
            assertThat(result.connectionsOpened()).isEqualTo(50);
            assertThat(result.closedEarly()).isZero();
            assertThat(result.deliveries().published()).isZero();
            assertThat(result.heapUsedBytes()).isPositive();
        }
    }
}
