package dev.bakeoff.cli;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Plan;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.Workload;
import dev.bakeoff.plan.CompositionNote;
import java.io.PrintWriter;
import java.util.Optional;

/** The hop of each composed stack in a run, a line each: what the front and the call add over the service alone. */
final class HopText {
    private HopText() {}

    static void print(PrintWriter out, RunMetrics run, Plan plan) {
        if (!plan.workloads().contains(Workload.ML)) {
            return;
        }
        CompositionNote.compositions(plan.notes()).forEach((composed, service) -> {
            Optional<Metric> p50 = run.find(composed, Workload.ML, MetricNames.ML_HOP_P50_MS);
            Optional<Metric> p99 = run.find(composed, Workload.ML, MetricNames.ML_HOP_P99_MS);
            if (p50.isEmpty() || p99.isEmpty()) {
                out.println("-- hop: " + composed + " over " + service + " alone: not measured (the run needs "
                        + service + "'s own ml cells beside " + composed + "'s: --stacks " + service + ","
                        + composed + ")");
                return;
            }
            out.println("-- hop: " + composed + " over " + service + " alone (ml fixed-rate step; quick: batch 1):"
                    + " p50 " + ms(p50.get()) + ", p99 " + ms(p99.get())
                    + (p50.get().flagged() || p99.get().flagged()
                            ? "  FLAGGED: " + p99.get().note()
                            : ""));
        });
        out.flush();
    }

    private static String ms(Metric m) {
        return String.format("%+.2f ms [%+.2f, %+.2f]", m.median(), m.low(), m.high());
    }
}
