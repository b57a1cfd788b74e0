package dev.bakeoff.advisor;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.Workload;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * How the scorer sees a run: which metrics are usable (present and not flagged) and which value of each
 * to use. The verdict uses medians and calls overlapping intervals ties; the Monte Carlo uses one
 * sampled value per metric and no tie rule (the sampling itself carries the uncertainty).
 */
record MetricView(RunMetrics run, ToDoubleFunction<Metric> value, boolean ties) {

    static MetricView medians(RunMetrics run) {
        return new MetricView(run, Metric::median, true);
    }

    Optional<Metric> find(String stack, Workload workload, String metric) {
        return run.find(stack, workload, metric);
    }

    Optional<Metric> usable(String stack, Workload workload, String metric) {
        return find(stack, workload, metric).filter(m -> !m.flagged());
    }
}
