package dev.bakeoff.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The summarised measurements of one stored run: what the advisor scores and the reports show.
 *
 * @param environment one line describing the machine, OS and runtimes measured (for citations)
 * @param preset      the plan's preset, e.g. {@code quick}
 */
public record RunMetrics(String runId, Instant started, String environment, String preset, List<Metric> metrics) {
    public RunMetrics {
        metrics = List.copyOf(metrics);
    }

    public Optional<Metric> find(String stack, Workload workload, String name) {
        return metrics.stream()
                .filter(m -> m.stack().equals(stack)
                        && m.workload() == workload
                        && m.name().equals(name))
                .findFirst();
    }
}
