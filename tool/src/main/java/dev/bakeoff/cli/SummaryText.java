package dev.bakeoff.cli;

import dev.bakeoff.model.Headlines;
import dev.bakeoff.model.Metric;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.TextTable;
import dev.bakeoff.model.Workload;
import java.io.PrintWriter;
import java.util.List;

/** The end-of-run summary: per workload, stacks best first on each headline metric, with 95% intervals. */
final class SummaryText {
    private SummaryText() {}

    static void print(PrintWriter out, RunMetrics run, List<Workload> workloads) {
        for (Workload w : workloads) {
            out.println();
            out.println("== " + w.id() + ": " + w.description());
            if (w == Workload.DATA) {
                out.println("   max throughput and capacity: one web request, realistic tier, 50,000 rows. Per-row"
                        + " cost and per-request overhead: t(N) = a + b*N over the swept sizes, per tier; the realistic"
                        + " tier (what a typical user writes) is the default ranking, the tuned tier (columnar,"
                        + " dictionary-encoded in every stack) is ranked apart.");
            }
            for (String name : Headlines.of(w)) {
                List<Headlines.Row> rows = Headlines.rank(run, w, name);
                if (rows.isEmpty()) {
                    continue;
                }
                Metric first = rows.get(0).metric();
                out.println("-- " + name + " (" + first.unit() + ", " + (first.higherIsBetter() ? "higher" : "lower")
                        + " is better)");
                TextTable table = new TextTable("#", "stack", "median", "95% interval", "vs best", "note");
                for (Headlines.Row r : rows) {
                    Metric m = r.metric();
                    table.row(
                            r.rank(),
                            m.stack(),
                            number(m.median()),
                            "[" + number(m.low()) + ", " + number(m.high()) + "]",
                            r.rank() == 1
                                    ? "best"
                                    : r.tiedWithBest() ? "tie" : String.format("%+.0f%%", r.vsBest() * 100),
                            m.flagged() ? "FLAGGED: " + m.note() : "");
                }
                table.print(out);
            }
            if (w == Workload.IO) {
                IoLevelsText.print(out, run);
            }
            run.metrics().stream()
                    .filter(m -> m.workload() == w && m.name().equals("failed"))
                    .forEach(m -> out.println("   " + m.stack() + ": FAILED cells: " + m.note()));
        }
        out.flush();
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        return a >= 100 ? String.format("%,.0f", v) : a >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }
}
