package dev.bakeoff.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each request class of a mix keeps its own open-model schedule, however rare it is. */
class MixSchedulesTest {
    private static final List<RequestClass> MIXED = List.of(
            new RequestClass("json", "GET", "/json", Map.of(), "", 500),
            new RequestClass("cpu", "GET", "/cpu?n=200000", Map.of(), "", 2));

    @Test
    void aRareClassGoesOutAtItsOwnRateFromTheFirstSecond() throws Exception {
        // The mixed workload's step: 500/s of /json and 2/s of /cpu on 16 connections for 3 s, on a clock three
        // times faster than real time (the step takes a real second). What the server received is exact whatever
        // its latency; what was answered inside the measured 3 s may lose the last one to a late answer.
        try (TestHttpServer server = TestHttpServer.healthy()) {
            HttpLoad load = HttpLoad.open(server.uri("/"), 502)
                    .withConnections(16, 1)
                    .withMix(MIXED)
                    .withPhases(Duration.ZERO, Duration.ofSeconds(3));
            HttpResult result = LoadGenerator.run(load, Progress.NONE, new FastClock(3));

            ClassResult json = result.classes().get(0);
            ClassResult cpu = result.classes().get(1);
            assertThat(server.byPath.get("/cpu?n=200000").get())
                    .as("2/s of cpu in 3 s: at 0, 0.5, ... 2.5 s")
                    .isEqualTo(6);
            assertThat(cpu.completed()).isBetween(5L, 6L);
            assertThat(cpu.planned()).isEqualTo(6.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(json.planned()).isCloseTo(1500.0, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(server.byPath.get("/json").get()).isEqualTo(1500);
        }
    }

    @Test
    void openModelClassesGetTheirShareOfTheConnectionsAndAtLeastTwo() {
        List<Lane> lanes = Lane.of(MIXED, 16, 502, false);
        assertThat(lanes.stream().filter(l -> l.requestClass() == 0)).hasSize(16);
        assertThat(lanes.stream().filter(l -> l.requestClass() == 1))
                .hasSize(2)
                .allSatisfy(
                        l -> assertThat(l.ratePerSecond()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(Lane.planned(lanes, 1, 2.5)).isCloseTo(5.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void closedModelConnectionsStartSpreadOverTheCycle() {
        List<Lane> lanes = Lane.of(MIXED, 16, 0, false);
        assertThat(lanes).allSatisfy(l -> assertThat(l.requestClass()).isEqualTo(Lane.CYCLE));
        assertThat(lanes.get(15).cycleStart()).isEqualTo(15 * 502 / 16);
        assertThat(Lane.of(MIXED, 16, 0, true).stream().filter(l -> l.requestClass() == 1))
                .as("a closed model with a connection per class")
                .hasSize(1);
    }
}
