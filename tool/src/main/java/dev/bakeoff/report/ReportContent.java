package dev.bakeoff.report;

import dev.bakeoff.advisor.Verdict;
import dev.bakeoff.model.Environment;
import dev.bakeoff.model.Metric;
import dev.bakeoff.model.Plan;
import dev.bakeoff.model.RunInfo;
import java.time.Instant;
import java.util.List;

/**
 * Everything one report says, in the order it says it. The HTML, the Markdown and the JSON are three
 * renderings of this one record, so they cannot disagree. Immutable.
 *
 * @param verdict     the advisor's verdict for the profile; null when the report has no profile
 * @param claims      the articles' claims checked against this run (from the verdict when there is one)
 * @param sideBySide  the articles' comparison table, filled with this run's medians and intervals
 * @param capacity    capacity at the SLO per app core, every workload that has one
 * @param sensitivity the verdict's tornado chart; null without a verdict
 * @param metrics     every summarised figure of the run, for readers of the JSON
 * @param rerun       the command lines that measure and report again
 */
public record ReportContent(
        String title,
        Instant generated,
        RunInfo run,
        Verdict verdict,
        List<Verdict.ClaimCheck> claims,
        List<String> stacks,
        List<Row> sideBySide,
        Chart capacity,
        List<WorkloadCharts> workloads,
        Chart.Tornado sensitivity,
        Environment environment,
        Plan plan,
        List<Metric> metrics,
        List<String> rerun) {

    public ReportContent {
        claims = List.copyOf(claims);
        stacks = List.copyOf(stacks);
        sideBySide = List.copyOf(sideBySide);
        workloads = List.copyOf(workloads);
        metrics = List.copyOf(metrics);
        rerun = List.copyOf(rerun);
    }

    /**
     * One criterion of the side-by-side table.
     *
     * @param cells  one per stack, in {@link #stacks()} order; a cell's metric is null when not measured
     * @param winner the best stack, "tie: a, b" when intervals overlap, or "none" when the best is flagged
     */
    public record Row(
            String criterion,
            String workload,
            String metric,
            String unit,
            boolean higherIsBetter,
            List<Cell> cells,
            String winner) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public record Cell(String stack, Metric metric) {}

    /** The charts of one workload, with what the workload does. */
    public record WorkloadCharts(String workload, String description, List<Chart> charts) {
        public WorkloadCharts {
            charts = List.copyOf(charts);
        }
    }
}
