package dev.bakeoff.stats;

import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.plan.Defaults;
import dev.bakeoff.stats.Observations.Observation;
import java.util.List;
import java.util.Map;

/** The ml workload's figures from its steps (see {@code plan.MlSteps}); part of {@link Observations}' mapping. */
final class MlObservations {
    private MlObservations() {}

    static void add(Map<String, Measurement> byLevel, List<Observation> out, int appCores) {
        Measurement b1 = ok(byLevel.get("b1"));
        if (b1 != null) {
            out.add(Observations.obs(MetricNames.ML_B1_RPS, b1.achievedRate(), b1.rateSamples(), "req/s", true, b1));
            out.add(Observations.p99(MetricNames.ML_B1_P99_MS, b1, "corrected"));
            out.add(Observations.obs(MetricNames.ML_RSS_MIB, b1.appMeanRssMib(), List.of(), "MiB", false, b1));
            double load = b1.values().getOrDefault(MetricNames.ML_LOAD_MS, Double.NaN);
            if (!Double.isNaN(load)) {
                out.add(Observations.obs(MetricNames.ML_LOAD_MS, load, List.of(), "ms", false, b1));
            }
        }
        Measurement b64 = ok(byLevel.get("b64"));
        if (b64 != null) {
            double rows = Defaults.ML_LARGE_BATCH;
            out.add(Observations.obs(
                    MetricNames.ML_B64_PREDICTIONS_PER_S,
                    b64.achievedRate() * rows,
                    b64.rateSamples().stream().map(r -> r * rows).toList(),
                    "predictions/s",
                    true,
                    b64));
            out.add(Observations.p99(MetricNames.ML_B64_P99_MS, b64, "corrected"));
        }
        Measurement fixed = ok(byLevel.get("fixed"));
        if (fixed != null && fixed.achievedRate() > 0) {
            // CPU share of the app's cores x cores = CPU-seconds per second; over predictions per second.
            double perK = fixed.appCpuShare()
                    * Math.max(1, appCores)
                    * 1000
                    / (fixed.achievedRate() * Defaults.ML_SMALL_BATCH);
            out.add(Observations.obs(MetricNames.ML_CPU_S_PER_1K, perK, List.of(), "s", false, fixed));
        }
    }

    private static Measurement ok(Measurement m) {
        return m != null && m.ok() ? m : null;
    }
}
