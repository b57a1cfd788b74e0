package dev.bakeoff.web;

import dev.bakeoff.flow.CompareService;
import dev.bakeoff.model.Metric;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.report.Reports;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The compare command's changes as the page shows them: metric names in words, units, each row once. */
final class CompareRows {
    private CompareRows() {}

    /** One metric of one stack and workload in both runs. */
    record Row(
            String stack,
            String workload,
            String metric,
            String label,
            String unit,
            boolean higherIsBetter,
            double before,
            double after,
            double change,
            String verdict) {}

    /** @param changes the flow room's comparison of the two runs; @param after the later run, for units */
    static List<Row> of(List<CompareService.Change> changes, RunMetrics after) {
        Map<String, Metric> byKey = new HashMap<>();
        for (Metric m : after.metrics()) {
            byKey.putIfAbsent(key(m.stack(), m.workload().id(), m.name()), m);
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>();
        for (CompareService.Change c : changes) {
            String stack = c.stack();
            String workload = c.workload();
            String metric = c.metric();
            String key = key(stack, workload, metric);
            if (!seen.add(key)) {
                continue;
            }
            Metric m = byKey.get(key);
            rows.add(new Row(
                    stack,
                    workload,
                    metric,
                    Reports.metricLabel(metric),
                    m == null ? "" : m.unit(),
                    m == null || m.higherIsBetter(),
                    c.before(),
                    c.after(),
                    c.change(),
                    c.verdict().toString()));
        }
        return rows;
    }

    private static String key(String stack, String workload, String metric) {
        return stack + "\u0000" + workload + "\u0000" + metric;
    }
}
