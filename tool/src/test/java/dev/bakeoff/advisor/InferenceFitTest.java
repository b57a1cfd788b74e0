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
 * In-process inference in the fit, hand-computed. One stack: 1,000 req/s per core on /json, 5 ms p99, 60 MiB
 * peak RSS, 40 MiB idle; its ml workload: 0.42 CPU-s per 1k predictions, 180 MiB RSS with the model, batch-1
 * p99 8 ms. Target utilisation 0.7, 1 prediction per request (knowledge/fit.yaml).
 */
class InferenceFitTest {
    private static final FitRules RULES = Fixtures.kb().fit();

    private static Metric m(Workload w, String name, double v, boolean higher) {
        return new Metric("s", w, name, v, v, v, "", higher, 3, false, "");
    }

    private static MetricView run(boolean ml) {
        List<Metric> metrics = new ArrayList<>(List.of(
                m(Workload.JSON, MetricNames.CAPACITY_PER_CORE, 1000, true),
                m(Workload.JSON, MetricNames.MAX_RPS, 1200, true),
                m(Workload.JSON, MetricNames.P99_MS, 5, false),
                m(Workload.IO, MetricNames.PEAK_RSS_MIB, 60, false),
                m(Workload.STARTUP, MetricNames.IDLE_RSS_MIB, 40, false)));
        if (ml) {
            metrics.add(m(Workload.ML, MetricNames.ML_CPU_S_PER_1K, 0.42, false));
            metrics.add(m(Workload.ML, MetricNames.ML_RSS_MIB, 180, false));
            metrics.add(m(Workload.ML, MetricNames.ML_B1_P99_MS, 8, false));
        }
        return MetricView.medians(new RunMetrics("hand", Instant.EPOCH, "hand-computed", "test", metrics));
    }

    private static Load load(double rps, double p99, double predictions) {
        return new Load(rps, p99, 4, 0, 0, 0, 100, false, predictions, 0, List.of());
    }

    @Test
    void inferenceCpuAndTheModelsMemoryAreAddedAndCited() {
        // 2,000 x (1/1000 + 0.42/1000) / 0.7 = 4.057 cores, of which 2,000 x 0.00042 / 0.7 = 1.2 are inference.
        // 5 processes (Node) x (60 + (180 - 40)) MiB = 1,000 MiB.
        Fit.StackFit f = Fit.of("s", "node", load(2000, 50, 1), RULES, run(true));
        assertThat(f.coresNeeded()).isCloseTo(4.0571, within(1e-4));
        assertThat(f.memoryMib()).isCloseTo(1000, within(1e-9));
        assertThat(f.outcome()).isEqualTo(Fit.Outcome.NEEDS_CORES);
        assertThat(f.sentence(load(2000, 50, 1)))
                .contains("inference 0.42 CPU-s per 1k predictions measured, +1.20 cores at 2,000 req/s")
                .contains("batch-1 predict p99 8 ms");
    }

    @Test
    void predictionsPerRequestScaleTheInferenceCpu() {
        // 100 x (1/1000 + 3 x 0.42/1000) / 0.7 = 0.3229 cores.
        assertThat(Fit.of("s", "jvm", load(100, 50, 3), RULES, run(true)).coresNeeded())
                .isCloseTo(0.3229, within(1e-4));
    }

    @Test
    void aPredictP99OverBudgetCannotBeMet() {
        assertThat(Fit.of("s", "node", load(100, 6, 1), RULES, run(true)).outcome())
                .isEqualTo(Fit.Outcome.CANNOT_MEET);
    }

    @Test
    void withoutMlMetricsNothingIsAddedAndTheFitSaysSo() {
        Fit.StackFit f = Fit.of("s", "node", load(200, 50, 1), RULES, run(false));
        assertThat(f.coresNeeded()).isCloseTo(0.2857, within(1e-4)); // 200 / 1000 / 0.7: as without a model
        assertThat(f.memoryMib()).isEqualTo(60);
        assertThat(f.sentence(load(200, 50, 1)))
                .contains("inference cost is not in the fit")
                .contains("not 0");
    }

    @Test
    void aProfileThatServesNoModelIgnoresMlMetrics() {
        Fit.StackFit f = Fit.of("s", "node", load(200, 50, 0), RULES, run(true));
        assertThat(f.coresNeeded()).isCloseTo(0.2857, within(1e-4));
        assertThat(f.sentence(load(200, 50, 0))).doesNotContain("inference");
    }
}
