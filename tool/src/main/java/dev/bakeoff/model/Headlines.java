package dev.bakeoff.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The figures a summary leads with, per workload, and the stacks ranked on them, best first. */
public final class Headlines {
    private Headlines() {}

    /** The headline metrics of a workload, most important first. */
    public static List<String> of(Workload w) {
        return switch (w) {
            case PLAINTEXT -> List.of(MetricNames.MAX_RPS, MetricNames.P99_MS, MetricNames.APP_CPU_S_PER_1K);
            case JSON ->
                List.of(
                        MetricNames.CAPACITY_PER_CORE,
                        MetricNames.MAX_RPS,
                        MetricNames.P99_MS,
                        MetricNames.APP_CPU_S_PER_1K);
            case IO ->
                List.of(
                        MetricNames.IO_OVERHEAD_P99_MS,
                        MetricNames.IO_OVERHEAD_P50_MS,
                        MetricNames.IO_KIB_PER_IN_FLIGHT,
                        MetricNames.APP_CPU_S_PER_1K,
                        MetricNames.IO_CEILING_RPS,
                        MetricNames.IO_ERROR_RATE,
                        MetricNames.IO_DELAY_LATE_P99_MS);
            case CPU -> List.of(MetricNames.CAPACITY_PER_CORE, MetricNames.MAX_RPS, MetricNames.APP_CPU_S_PER_1K);
            // The realistic tier is the default ranking; the tuned tier's figures come last and rank apart.
            case DATA ->
                List.of(
                        MetricNames.CAPACITY_PER_CORE,
                        MetricNames.MAX_RPS,
                        MetricNames.APP_CPU_S_PER_1K,
                        MetricNames.DATA_REALISTIC_ROW_NS,
                        MetricNames.DATA_REALISTIC_OVERHEAD_MS,
                        MetricNames.DATA_TUNED_ROW_NS,
                        MetricNames.DATA_TUNED_OVERHEAD_MS);
            case MIXED ->
                List.of(
                        MetricNames.MIXED_WAIT_FACTOR,
                        MetricNames.MIXED_BESIDE_P50_MS,
                        MetricNames.MIXED_BLOCKING_FACTOR,
                        MetricNames.MIXED_CHEAP_P99_MS,
                        MetricNames.MIXED_BESIDE_COUNT,
                        MetricNames.MIXED_CPU_ANSWERED,
                        MetricNames.MIXED_CPU_PLANNED);
            case WS -> List.of(MetricNames.WS_FANOUT_P99_MS, MetricNames.WS_KIB_PER_CONNECTION);
            case DB ->
                List.of(
                        MetricNames.CAPACITY_PER_CORE,
                        MetricNames.MAX_RPS,
                        MetricNames.DB_QUERIES_RPS,
                        MetricNames.DB_APP_CPU_S_PER_1K,
                        MetricNames.DB_SERVER_CPU_S_PER_1K);
            case ML ->
                List.of(
                        MetricNames.ML_B1_RPS,
                        MetricNames.ML_B64_PREDICTIONS_PER_S,
                        MetricNames.ML_B1_P99_MS,
                        MetricNames.ML_CPU_S_PER_1K,
                        MetricNames.ML_RSS_MIB,
                        MetricNames.ML_LOAD_MS);
            case STARTUP -> List.of(MetricNames.READY_MS, MetricNames.IDLE_RSS_MIB);
        };
    }

    /**
     * One stack's place on a metric.
     *
     * @param tiedWithBest its interval overlaps the best stack's: no significant difference
     * @param vsBest       its median relative to the best's (e.g. -0.23 = 23% worse), 0 for the best
     */
    public record Row(int rank, Metric metric, boolean tiedWithBest, double vsBest) {}

    /** Stacks ranked on {@code name} of {@code w}, best first; flagged figures last, never ranked above real ones. */
    public static List<Row> rank(RunMetrics run, Workload w, String name) {
        List<Metric> ms = run.metrics().stream()
                .filter(m -> m.workload() == w && m.name().equals(name) && !Double.isNaN(m.median()))
                .sorted(Comparator.comparing(Metric::flagged)
                        .thenComparing(m -> m.higherIsBetter() ? -m.median() : m.median()))
                .toList();
        List<Row> rows = new ArrayList<>();
        if (ms.isEmpty()) {
            return rows;
        }
        Metric best = ms.get(0);
        for (int i = 0; i < ms.size(); i++) {
            Metric m = ms.get(i);
            double rel = best.median() == 0 ? 0 : (m.median() - best.median()) / best.median();
            double vsBest = m.higherIsBetter() ? rel : -rel;
            rows.add(new Row(i + 1, m, i > 0 && !m.differsFrom(best), i == 0 ? 0 : vsBest));
        }
        return rows;
    }
}
