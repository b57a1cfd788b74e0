package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.Workload;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Data requests larger than the measured 50,000-row one scale along the stack's fitted t(N) = a + b*N: with
 * a = 10 ms and b = 100 ns/row, t(50k) = 15 ms and t(500k) = 60 ms, a factor 4 where linear scaling says 10.
 */
class DataScalingFitTest {
    private static Metric m(String name, double v) {
        return new Metric("s", Workload.DATA, name, v, v, v, "", false, 3, false, "");
    }

    private static MetricView run(boolean fitted) {
        List<Metric> ms = new ArrayList<>(List.of(m(MetricNames.MAX_RPS, 60), m(MetricNames.P99_MS, 20)));
        if (fitted) {
            ms.add(m(MetricNames.DATA_REALISTIC_OVERHEAD_MS, 10));
            ms.add(m(MetricNames.DATA_REALISTIC_ROW_NS, 100));
        }
        return MetricView.medians(
                new RunMetrics("hand", Instant.parse("2026-12-01T00:00:00Z"), "hand-computed", "test", ms));
    }

    @Test
    void aFittedOverheadIsNotMultipliedWithTheRows() {
        assertThat(Fit.rowsFactor(run(true), "s", 500_000)).isCloseTo(4.0, within(1e-12));
        assertThat(Fit.rowsFactor(run(true), "s", 50_000)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void withoutAFitTheRowsScaleLinearly() {
        assertThat(Fit.rowsFactor(run(false), "s", 500_000)).isCloseTo(10.0, within(1e-12));
    }

    @Test
    void aFitWithNoPositivePerRowCostIsNotUsed() {
        MetricView noSlope = MetricView.medians(new RunMetrics(
                "hand",
                Instant.parse("2026-12-01T00:00:00Z"),
                "hand-computed",
                "test",
                List.of(m(MetricNames.DATA_REALISTIC_OVERHEAD_MS, 10), m(MetricNames.DATA_REALISTIC_ROW_NS, -3))));
        assertThat(Fit.dataFit(noSlope, "s")).isEmpty();
        assertThat(Fit.rowsFactor(noSlope, "s", 500_000)).isCloseTo(10.0, within(1e-12));
    }
}
