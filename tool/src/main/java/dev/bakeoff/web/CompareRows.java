package dev.bakeoff.web;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** @param changes the JSON of {@code bakeoff compare --json}; @param after the later run, for units */
    static List<Row> of(JsonNode changes, RunMetrics after) {
        Map<String, Metric> byKey = new HashMap<>();
        for (Metric m : after.metrics()) {
            byKey.putIfAbsent(key(m.stack(), m.workload().id(), m.name()), m);
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>();
        for (JsonNode c : changes) {
            String stack = c.path("stack").asText();
            String workload = c.path("workload").asText();
            String metric = c.path("metric").asText();
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
                    c.path("before").asDouble(),
                    c.path("after").asDouble(),
                    c.path("change").asDouble(),
                    c.path("verdict").asText()));
        }
        return rows;
    }

    private static String key(String stack, String workload, String metric) {
        return stack + "\u0000" + workload + "\u0000" + metric;
    }
}
