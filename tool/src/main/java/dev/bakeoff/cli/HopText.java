package dev.bakeoff.cli;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Plan;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.Workload;
import java.io.PrintWriter;
import java.util.Optional;

/** The hop of each composed stack in a run, a line each: what the front and the call add over the service alone. */
final class HopText {
    private HopText() {}

    static void print(PrintWriter out, RunMetrics run, Plan plan) {
        if (!plan.workloads().contains(Workload.ML)) {
            return;
        }
        plan.compositions().forEach(c -> {
            String composed = c.stack();
            String service = c.service();
            Optional<Metric> p50 = run.find(composed, Workload.ML, MetricNames.ML_HOP_P50_MS);
            Optional<Metric> p99 = run.find(composed, Workload.ML, MetricNames.ML_HOP_P99_MS);
            if (p50.isEmpty() || p99.isEmpty()) {
                out.println("-- hop: " + composed + " over " + service + " alone: not measured (the run needs "
                        + service + "'s own ml cells beside " + composed + "'s: --stacks " + service + ","
                        + composed + ")");
                return;
            }
            out.println("-- hop: " + composed + " over " + service + " alone (ml fixed-rate step):"
                    + " p50 " + ms(p50.get()) + ", p99 " + ms(p99.get())
                    + (p50.get().flagged() || p99.get().flagged()
                            ? "  FLAGGED: " + p99.get().note()
                            : ""));
            parts(out, run, composed);
            faults(out, run, composed);
        });
        out.flush();
    }

    /** What each part costs per 1,000 predictions and holds in memory, when the run sampled them apart. */
    private static void parts(PrintWriter out, RunMetrics run, String composed) {
        Optional<Metric> front = run.find(composed, Workload.ML, MetricNames.ML_FRONT_CPU_S_PER_1K);
        Optional<Metric> service = run.find(composed, Workload.ML, MetricNames.ML_SERVICE_CPU_S_PER_1K);
        if (front.isEmpty() || service.isEmpty()) {
            return;
        }
        Optional<Metric> frontRss = run.find(composed, Workload.ML, MetricNames.ML_FRONT_RSS_MIB);
        Optional<Metric> serviceRss = run.find(composed, Workload.ML, MetricNames.ML_SERVICE_RSS_MIB);
        out.println(String.format(
                "   parts: CPU per 1k predictions front %.3f s + service %.3f s%s",
                front.get().median(),
                service.get().median(),
                frontRss.isPresent() && serviceRss.isPresent()
                        ? String.format(
                                "; RSS front %.0f MiB + service %.0f MiB",
                                frontRss.get().median(), serviceRss.get().median())
                        : ""));
    }

    /** How the front fared while its service was hung and then killed, a line each. */
    private static void faults(PrintWriter out, RunMetrics run, String composed) {
        fault(
                out,
                run,
                composed,
                "hung",
                MetricNames.ML_STALL_FAILED_SHARE,
                MetricNames.ML_STALL_P99_MS,
                MetricNames.ML_STALL_JSON_P99_MS,
                MetricNames.ML_STALL_RECOVERY_MS);
        fault(
                out,
                run,
                composed,
                "killed",
                MetricNames.ML_DOWN_FAILED_SHARE,
                MetricNames.ML_DOWN_P99_MS,
                MetricNames.ML_DOWN_JSON_P99_MS,
                MetricNames.ML_DOWN_RECOVERY_MS);
    }

    private static void fault(
            PrintWriter out,
            RunMetrics run,
            String composed,
            String how,
            String failed,
            String p99,
            String jsonP99,
            String recovery) {
        Optional<Metric> f = run.find(composed, Workload.ML, failed);
        if (f.isEmpty()) {
            return;
        }
        out.println(String.format(
                "   service %s: %.0f%% of forwarded calls failed, their p99 %s; the front's own /json p99 %s;"
                        + " answering again %s after the service was back%s",
                how,
                100 * f.get().median(),
                value(run, composed, p99, "%.1f ms"),
                value(run, composed, jsonP99, "%.1f ms"),
                value(run, composed, recovery, "%.0f ms"),
                f.get().flagged() ? "  FLAGGED: " + f.get().note() : ""));
    }

    private static String value(RunMetrics run, String composed, String name, String format) {
        return run.find(composed, Workload.ML, name)
                .map(m -> String.format(format, m.median()))
                .orElse("not measured");
    }

    private static String ms(Metric m) {
        return String.format("%+.2f ms [%+.2f, %+.2f]", m.median(), m.low(), m.high());
    }
}
