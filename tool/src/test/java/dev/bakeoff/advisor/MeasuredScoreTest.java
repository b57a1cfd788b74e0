package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.Workload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Measured values to scores: ratio to the best, ties inside intervals, flagged values left out. */
class MeasuredScoreTest {
    private static Metric m(String stack, double median, double low, double high, boolean higher) {
        return new Metric(stack, Workload.JSON, "max_rps", median, low, high, "req/s", higher, 3, false, "");
    }

    private static MetricView view() {
        return MetricView.medians(new RunMetrics("r", null, "", "", List.of()));
    }

    @Test
    void higherIsBetterScoresByValueOverBest() {
        Map<String, Metric> in = new LinkedHashMap<>();
        in.put("a", m("a", 100, 95, 105, true));
        in.put("b", m("b", 50, 45, 55, true));
        assertThat(MeasuredScore.ratios(in, view())).containsEntry("a", 1.0).containsEntry("b", 0.5);
    }

    @Test
    void lowerIsBetterScoresByBestOverValue() {
        Map<String, Metric> in = new LinkedHashMap<>();
        in.put("a", m("a", 40, 38, 42, false));
        in.put("b", m("b", 10, 9, 11, false));
        assertThat(MeasuredScore.ratios(in, view()).get("a")).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void overlappingIntervalsAreATieWithTheSameScore() {
        Map<String, Metric> in = new LinkedHashMap<>();
        in.put("a", m("a", 100, 90, 110, true));
        in.put("b", m("b", 95, 85, 105, true));
        in.put("c", m("c", 50, 45, 55, true));
        Map<String, Double> scores = MeasuredScore.ratios(in, view());
        assertThat(scores.get("b")).isEqualTo(scores.get("a")).isEqualTo(1.0);
        assertThat(scores.get("c")).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aFlaggedMetricIsNotUsedAndTheExplanationSaysSo() {
        Verdict v = Fixtures.advisor().advise(Fixtures.example("web-api-backend"), Fixtures.run());
        Verdict.CriterionScore io = v.options().stream()
                .filter(o -> o.id().equals("python-django"))
                .findFirst()
                .orElseThrow()
                .criteria()
                .stream()
                .filter(c -> c.criterion().equals("io_performance"))
                .findFirst()
                .orElseThrow();
        assertThat(io.evidence().text()).contains("io/io_p99_ms flagged, not used (error rate 4.1%");
        assertThat(io.evidence().kind()).isEqualTo("measured");
    }
}
