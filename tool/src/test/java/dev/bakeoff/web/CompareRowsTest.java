package dev.bakeoff.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.flow.CompareService;
import dev.bakeoff.model.Metric;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.Workload;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compare table's rows: metric names in the reports' words, the later run's units, each row once. */
class CompareRowsTest {
    @Test
    void namesMetricsInWordsWithUnitsAndShowsEachOnce() throws Exception {
        List<CompareService.Change> changes = List.of(
                change(Workload.STARTUP, MetricNames.READY_MS, 500, 400, -0.2),
                change(Workload.STARTUP, MetricNames.READY_MS, 500, 400, -0.2),
                change(Workload.JSON, MetricNames.MAX_RPS, 10, 12, 0.2));
        RunMetrics after = new RunMetrics(
                "r2",
                Instant.EPOCH,
                "env",
                "quick",
                List.of(
                        metric(Workload.STARTUP, MetricNames.READY_MS, "ms", false),
                        metric(Workload.JSON, MetricNames.MAX_RPS, "req/s", true)));
        List<CompareRows.Row> rows = CompareRows.of(changes, after);
        assertThat(rows)
                .extracting(CompareRows.Row::label, CompareRows.Row::unit)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("start-up time", "ms"),
                        org.assertj.core.groups.Tuple.tuple("max throughput", "req/s"));
        assertThat(rows.getFirst().higherIsBetter()).isFalse();
    }

    private static CompareService.Change change(Workload w, String name, double before, double after, double by) {
        return new CompareService.Change("a", w.id(), name, before, after, by, CompareService.Verdict.BETTER, "");
    }

    private static Metric metric(Workload w, String name, String unit, boolean higher) {
        return new Metric("a", w, name, 1, 1, 1, unit, higher, 1, false, "");
    }
}
