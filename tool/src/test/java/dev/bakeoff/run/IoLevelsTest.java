package dev.bakeoff.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.lab.DownstreamService.Lateness;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Workload;
import dev.bakeoff.plan.StepSpec;
import dev.bakeoff.stats.StatsFixtures;
import dev.bakeoff.stats.StatsFixtures.Figure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IoLevelsTest {
    private static StepSpec.Paced level(int delayMs) {
        return new StepSpec.Paced(
                Workload.IO,
                "d" + delayMs,
                "",
                1,
                "ceiling",
                0.5,
                200,
                delayMs,
                List.of(new StepSpec.Request("io", "/io?ms=" + delayMs, 1, "")),
                0.2,
                1);
    }

    /** A level as the load generator would leave it: 200 req/s, latency = delay + 3 ms at p50 and + 9 at p99. */
    private static Measurement served(int delayMs, double rssMib) {
        return Measurement.of("a", Workload.IO, "d" + delayMs, 1)
                .targetRate(200)
                .achievedRate(200)
                .completed(200)
                .corrected(new Measurement.Latency((delayMs + 3) * 1000L, 0, (delayMs + 9) * 1000L, 0, 0, 0))
                .appCpuShare(0.1)
                .appPeakRssMib(rssMib)
                .build();
    }

    @Test
    void theRateIsAShareOfTheCeilingCappedAndEachRequestInFlightHasAConnection() {
        assertThat(level(1000).rate(300)).isEqualTo(150);
        assertThat(level(1000).rate(1280)).isEqualTo(200);
        assertThat(level(1000).connections(200)).isGreaterThanOrEqualTo(300);
        assertThat(level(5000).warmupSeconds()).isGreaterThanOrEqualTo(5.2);
    }

    @Test
    void aLevelReportsOverheadBeyondTheDelayInFlightAndCpuPer1k() {
        Measurement m = PacedStep.withFigures(served(1000, 100), level(1000), 1, new Lateness(200, 0.4, 1, 0, 0));
        assertThat(m.flagged()).isFalse();
        assertThat(m.values().get(MetricNames.IO_OVERHEAD_P99_MS)).isEqualTo(9.0);
        assertThat(m.values().get(MetricNames.IO_OVERHEAD_P50_MS)).isEqualTo(3.0);
        assertThat(m.values().get(MetricNames.IO_IN_FLIGHT)).isEqualTo(200.0);
        assertThat(m.values().get(MetricNames.APP_CPU_S_PER_1K)).isEqualTo(0.5); // 0.1 s/s over 200 req/s
        assertThat(m.values().get(MetricNames.IO_DELAY_LATE_P99_MS)).isEqualTo(0.4);
    }

    @Test
    void aLevelWhoseDelayServiceDriftedFlagsItself() {
        Measurement late = PacedStep.withFigures(served(50, 100), level(50), 1, new Lateness(200, 2.5, 9, 20, 3));
        assertThat(late.flagged()).isTrue();
        assertThat(late.note()).contains("delay service drifted");
        // 2% of 5 s is 100 ms: 2.5 ms late is within the bound of a long delay.
        assertThat(PacedStep.withFigures(served(5000, 100), level(5000), 1, new Lateness(200, 2.5, 9, 20, 3))
                        .flagged())
                .isFalse();
    }

    @Test
    void withoutACeilingTheLevelIsFlaggedWithItsReasonNotZero() {
        Measurement m = PacedStep.run(null, null, "a", level(1000), 1, Optional.empty(), null);
        assertThat(m.flagged()).isTrue();
        assertThat(m.note()).contains("ceiling");
        assertThat(m.targetRate()).isZero();
    }

    @Test
    void memoryPerRequestInFlightIsTheRssSlopeBetweenTheLowestAndHighestLevel() {
        Map<String, Measurement> byLevel = new HashMap<>();
        byLevel.put("d50", PacedStep.withFigures(served(50, 100), level(50), 1, null));
        byLevel.put("d1000", PacedStep.withFigures(served(1000, 119), level(1000), 1, null));
        List<Figure> out = StatsFixtures.observations(Workload.IO, byLevel, 1);
        assertThat(find(out, MetricNames.IO_KIB_PER_IN_FLIGHT)).isEqualTo(19 * 1024 / 190.0);
        assertThat(find(out, MetricNames.IO_OVERHEAD_P99_MS)).isEqualTo(9.0); // the highest level's
        assertThat(find(out, MetricNames.IO_OVERHEAD_P99_MS + "@d50")).isEqualTo(9.0);
        assertThat(find(out, MetricNames.APP_CPU_S_PER_1K)).isEqualTo(0.5);
    }

    private static double find(List<Figure> out, String name) {
        return out.stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow()
                .value();
    }
}
