package dev.bakeoff.report;

import dev.bakeoff.model.Headlines;
import dev.bakeoff.model.Metric;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The articles' comparison table (criterion, each stack, winner), but every cell is a measured median
 * with its 95% interval, and a winner only where the intervals do not overlap.
 */
final class SideBySide {
    private SideBySide() {}

    static List<ReportContent.Row> rows(RunMetrics run, List<Workload> workloads, List<String> stacks) {
        List<ReportContent.Row> rows = new ArrayList<>();
        for (Workload w : workloads) {
            for (String name : Headlines.of(w)) {
                List<Headlines.Row> ranked = Headlines.rank(run, w, name);
                if (ranked.isEmpty()) {
                    continue;
                }
                Metric any = ranked.getFirst().metric();
                List<ReportContent.Cell> cells = stacks.stream()
                        .map(s -> new ReportContent.Cell(s, run.find(s, w, name).orElse(null)))
                        .toList();
                rows.add(new ReportContent.Row(
                        Labels.metric(name), w.id(), name, any.unit(), any.higherIsBetter(), cells, winner(ranked)));
            }
        }
        return rows;
    }

    /** The best stack; "tie: ..." when others' intervals overlap the best's; "none" when the best is flagged. */
    static String winner(List<Headlines.Row> ranked) {
        Headlines.Row best = ranked.getFirst();
        if (best.metric().flagged()) {
            return "none (flagged)";
        }
        List<String> tied = ranked.stream()
                .filter(r -> r == best || (r.tiedWithBest() && !r.metric().flagged()))
                .map(r -> r.metric().stack())
                .collect(Collectors.toList());
        return tied.size() > 1
                ? "tie: " + String.join(", ", tied)
                : best.metric().stack();
    }
}
