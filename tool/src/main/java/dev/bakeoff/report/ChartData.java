package dev.bakeoff.report;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which charts a workload gets, and their data from the summarised metrics and stored histograms. */
final class ChartData {
    private final StoredRun run;
    private final RunMetrics metrics;
    private final List<String> stacks;

    ChartData(StoredRun run, RunMetrics metrics, List<String> stacks) {
        this.run = run;
        this.metrics = metrics;
        this.stacks = stacks;
    }

    List<Chart> of(Workload w) {
        List<Chart> charts = new ArrayList<>();
        String id = w.id();
        switch (w) {
            case PLAINTEXT, JSON, CPU, DATA -> {
                bars(id + "-throughput", w.id() + ": max throughput per stack", "req/s", w, MetricNames.MAX_RPS)
                        .ifPresent(charts::add);
                latency(w, "fixed").or(() -> latency(w, "max")).ifPresent(charts::add);
            }
            case IO -> {
                concurrency(
                                id + "-io-overhead",
                                "io: p99 beyond the downstream delay, against the delay (same rate at each)",
                                "ms",
                                MetricNames.IO_OVERHEAD_P99_MS,
                                true)
                        .ifPresent(charts::add);
                concurrency(
                                id + "-io-rss",
                                "io: app memory against the downstream delay (in flight = rate x delay)",
                                "MiB",
                                MetricNames.IO_RSS_MIB,
                                false)
                        .ifPresent(charts::add);
                topIoLevel().flatMap(level -> latency(w, level)).ifPresent(charts::add);
            }
            case MIXED -> {
                bars(
                                id + "-wait",
                                "mixed: wait factor, cheap requests' p50 beside a CPU job over alone (1 = no wait)",
                                "x",
                                w,
                                MetricNames.MIXED_WAIT_FACTOR)
                        .ifPresent(charts::add);
                latency(w, "mixed").ifPresent(charts::add);
            }
            case WS -> {
                bars(
                                id + "-memory",
                                "ws: memory per idle WebSocket connection",
                                "KiB",
                                w,
                                MetricNames.WS_KIB_PER_CONNECTION)
                        .ifPresent(charts::add);
                bars(id + "-fanout", "ws: fan-out p99 latency", "ms", w, MetricNames.WS_FANOUT_P99_MS)
                        .ifPresent(charts::add);
                latency(w, "fanout").ifPresent(charts::add);
            }
            case DB -> {
                bars(id + "-max", "db: GET /db, highest throughput", "req/s", w, MetricNames.MAX_RPS)
                        .ifPresent(charts::add);
                bars(id + "-q20", "db: GET /queries?n=20, highest throughput", "req/s", w, MetricNames.DB_QUERIES_RPS)
                        .ifPresent(charts::add);
                bars(
                                id + "-dbcpu",
                                "db: PostgreSQL CPU per 1,000 /db requests",
                                "s",
                                w,
                                MetricNames.DB_SERVER_CPU_S_PER_1K)
                        .ifPresent(charts::add);
            }
            case ML -> {
                bars(id + "-b1", "ml: POST /ml/predict, 1 row, highest throughput", "req/s", w, MetricNames.ML_B1_RPS)
                        .ifPresent(charts::add);
                bars(
                                id + "-b64",
                                "ml: POST /ml/predict, 64 rows, predictions per second",
                                "predictions/s",
                                w,
                                MetricNames.ML_B64_PREDICTIONS_PER_S)
                        .ifPresent(charts::add);
                bars(id + "-load", "ml: model load time at start-up", "ms", w, MetricNames.ML_LOAD_MS)
                        .ifPresent(charts::add);
                bars(id + "-cpu", "ml: CPU per 1,000 predictions at a fixed rate", "s", w, MetricNames.ML_CPU_S_PER_1K)
                        .ifPresent(charts::add);
                grouped(
                                id + "-hop",
                                "ml: what the hop adds (composed stack minus its service alone)",
                                "ms",
                                w,
                                MetricNames.ML_HOP_P50_MS,
                                MetricNames.ML_HOP_P99_MS)
                        .ifPresent(charts::add);
                grouped(
                                id + "-parts",
                                "ml: a composed stack's CPU per 1,000 predictions, front and service apart",
                                "s",
                                w,
                                MetricNames.ML_FRONT_CPU_S_PER_1K,
                                MetricNames.ML_SERVICE_CPU_S_PER_1K)
                        .ifPresent(charts::add);
                grouped(
                                id + "-faults",
                                "ml: the front's p99 while its service is hung (stall) or killed (down)",
                                "ms",
                                w,
                                MetricNames.ML_STALL_P99_MS,
                                MetricNames.ML_STALL_JSON_P99_MS,
                                MetricNames.ML_DOWN_P99_MS,
                                MetricNames.ML_DOWN_JSON_P99_MS)
                        .ifPresent(charts::add);
            }
            case STARTUP -> {
                bars(id + "-ready", "startup: launch to first 200", "ms", w, MetricNames.READY_MS)
                        .ifPresent(charts::add);
                bars(id + "-idle", "startup: idle memory after start", "MiB", w, MetricNames.IDLE_RSS_MIB)
                        .ifPresent(charts::add);
            }
        }
        return charts;
    }

    /** Capacity at the SLO per app core: one group per workload, one bar per stack. */
    Optional<Chart> capacity() {
        List<Chart.Bar> bars = new ArrayList<>();
        for (Workload w : run.plan().workloads()) {
            for (String s : stacks) {
                metrics.find(s, w, MetricNames.CAPACITY_PER_CORE).ifPresent(m -> bars.add(bar(w.id(), s, m)));
            }
        }
        return bars.isEmpty()
                ? Optional.empty()
                : Optional.of(new Chart.Bars("capacity", "capacity at SLO per app core", "req/s/core", bars));
    }

    private Optional<Chart> bars(String id, String title, String unit, Workload w, String name) {
        List<Chart.Bar> bars = new ArrayList<>();
        for (String s : stacks) {
            metrics.find(s, w, name).ifPresent(m -> bars.add(bar(s, name, m)));
        }
        return bars.isEmpty() ? Optional.empty() : Optional.of(new Chart.Bars(id, title, unit, bars));
    }

    /** One bar per stack and metric, grouped by stack: e.g. a composed stack's hop at p50 and p99. */
    private Optional<Chart> grouped(String id, String title, String unit, Workload w, String... names) {
        List<Chart.Bar> bars = new ArrayList<>();
        for (String s : stacks) {
            for (String name : names) {
                metrics.find(s, w, name).ifPresent(m -> bars.add(bar(s, name, m)));
            }
        }
        return bars.isEmpty() ? Optional.empty() : Optional.of(new Chart.Bars(id, title, unit, bars));
    }

    private static Chart.Bar bar(String category, String series, Metric m) {
        return new Chart.Bar(category, series, m.median(), m.low(), m.high(), m.flagged());
    }

    private Optional<Chart> concurrency(String id, String title, String unit, String name, boolean logY) {
        List<Chart.Series> series = new ArrayList<>();
        for (String s : stacks) {
            List<Chart.Point> points = metrics.metrics().stream()
                    .filter(m -> m.stack().equals(s) && m.workload() == Workload.IO)
                    .filter(m -> m.name().startsWith(name + "@d"))
                    .map(m -> new Chart.Point(
                            Double.parseDouble(m.name().substring(name.length() + 2)), m.median(), m.low(), m.high()))
                    .sorted(Comparator.comparingDouble(Chart.Point::x))
                    .toList();
            if (!points.isEmpty()) {
                series.add(new Chart.Series(s, points));
            }
        }
        return series.isEmpty()
                ? Optional.empty()
                : Optional.of(new Chart.Lines(id, title, "downstream delay (ms)", unit, "log", logY, series));
    }

    private Optional<String> topIoLevel() {
        return run.measurements().stream()
                .filter(m -> m.workload() == Workload.IO && m.level().matches("d\\d+"))
                .map(m -> m.level())
                .max(Comparator.comparingInt(l -> Integer.parseInt(l.substring(1))));
    }

    private Optional<Chart> latency(Workload w, String level) {
        String histogram = w == Workload.MIXED ? "corrected:json" : "corrected";
        List<Chart.Series> series = LatencyCurves.of(run, stacks, w, level, histogram);
        if (series.isEmpty()) {
            return Optional.empty();
        }
        String what = w == Workload.MIXED ? " (cheap /json requests)" : "";
        return Optional.of(new Chart.Lines(
                w.id() + "-latency-" + level,
                w.id() + ": corrected latency by percentile, step " + level + what,
                "percentile",
                "ms",
                "percentile",
                true,
                series));
    }
}
