package dev.bakeoff.report;

import dev.bakeoff.advisor.Verdict;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workload;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Gathers a report's content from a stored run, its summary and (optionally) a verdict. */
final class ReportBuilder {
    /** The tornado shows the criteria that move the margin most; the rest are in the flip-point table. */
    private static final int TORNADO_BARS = 10;

    private ReportBuilder() {}

    static ReportContent build(
            StoredRun run,
            RunMetrics metrics,
            Verdict verdict,
            List<Verdict.ClaimCheck> claims,
            List<String> rerun,
            Instant now) {
        List<String> stacks = run.plan().stacks();
        ChartData data = new ChartData(run, metrics, stacks);
        List<ReportContent.WorkloadCharts> workloads = new ArrayList<>();
        for (Workload w : run.plan().workloads()) {
            workloads.add(new ReportContent.WorkloadCharts(w.id(), w.description(), data.of(w)));
        }
        String title =
                verdict == null ? "Bakeoff run " + run.info().runId() : "Bakeoff verdict for " + verdict.profileName();
        return new ReportContent(
                title,
                now,
                run.info(),
                verdict,
                claims,
                stacks,
                SideBySide.rows(metrics, run.plan().workloads(), stacks),
                data.capacity().orElse(null),
                workloads,
                verdict == null ? null : tornado(verdict),
                run.environment(),
                run.plan(),
                metrics.metrics(),
                rerun);
    }

    static Chart.Tornado tornado(Verdict v) {
        double base = v.winner().score() - v.runnerUp().score();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        v.weights().forEach(w -> names.put(w.id(), w.name()));
        List<Chart.TornadoBar> bars = v.sensitivity().tornado().stream()
                .sorted(Comparator.comparingDouble(Verdict.TornadoBar::swing).reversed())
                .limit(TORNADO_BARS)
                .map(t -> new Chart.TornadoBar(
                        names.getOrDefault(t.criterion(), t.criterion()), t.marginLow(), t.marginHigh()))
                .toList();
        return bars.isEmpty()
                ? null
                : new Chart.Tornado(
                        "sensitivity",
                        "sensitivity: " + v.winner().name() + "'s margin when one weight moves",
                        base,
                        bars);
    }

    static List<Chart> allCharts(ReportContent c) {
        List<Chart> all = new ArrayList<>();
        if (c.sensitivity() != null) {
            all.add(c.sensitivity());
        }
        if (c.capacity() != null) {
            all.add(c.capacity());
        }
        c.workloads().forEach(w -> all.addAll(w.charts()));
        return all;
    }
}
