package dev.bakeoff.cli;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.TextTable;
import dev.bakeoff.model.Workload;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * io per level, one row per stack and downstream delay: requests in flight, latency beyond the delay, errors,
 * the app's RSS and the delay service's own lateness (a flagged row's figures are partly the lab's).
 */
final class IoLevelsText {
    private IoLevelsText() {}

    static void print(PrintWriter out, RunMetrics run) {
        TreeSet<Integer> delays = new TreeSet<>();
        run.metrics().stream()
                .filter(m -> m.workload() == Workload.IO && m.name().startsWith(MetricNames.IO_IN_FLIGHT + "@d"))
                .forEach(m -> delays.add(Integer.parseInt(m.name().substring(MetricNames.IO_IN_FLIGHT.length() + 2))));
        if (delays.isEmpty()) {
            return;
        }
        List<String> stacks = run.metrics().stream()
                .filter(m -> m.workload() == Workload.IO)
                .map(Metric::stack)
                .distinct()
                .sorted()
                .toList();
        out.println("-- io per level (same rate at each level; overhead = latency beyond the delay)");
        TextTable t = new TextTable(
                "stack",
                "delay ms",
                "in flight",
                "p50 over ms",
                "p99 over ms",
                "errors",
                "RSS MiB",
                "delay late p99 ms");
        for (String s : stacks) {
            for (int d : delays) {
                String at = "@d" + d;
                Optional<Metric> inFlight = run.find(s, Workload.IO, MetricNames.IO_IN_FLIGHT + at);
                if (inFlight.isEmpty()) {
                    continue;
                }
                t.row(
                        s,
                        d,
                        value(run, s, MetricNames.IO_IN_FLIGHT + at),
                        value(run, s, MetricNames.IO_OVERHEAD_P50_MS + at),
                        value(run, s, MetricNames.IO_OVERHEAD_P99_MS + at),
                        value(run, s, MetricNames.IO_ERROR_RATE + at),
                        value(run, s, MetricNames.IO_RSS_MIB + at),
                        value(run, s, MetricNames.IO_DELAY_LATE_P99_MS + at)
                                + (inFlight.get().flagged() ? " (flagged)" : ""));
            }
        }
        t.print(out);
    }

    private static String value(RunMetrics run, String stack, String name) {
        return run.find(stack, Workload.IO, name)
                .map(m -> SummaryText.number(m.median()))
                .orElse("-");
    }
}
