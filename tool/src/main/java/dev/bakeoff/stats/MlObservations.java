package dev.bakeoff.stats;

import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.plan.Defaults;
import dev.bakeoff.plan.ServiceFault;
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
                // Timed at start-up (the app's own /ml/info): a load step's flag (still warming, generator
                // saturated) says nothing of it.
                out.add(new Observation(
                        MetricNames.ML_LOAD_MS, load, List.of(), Double.NaN, Double.NaN, "ms", false, false, ""));
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
            parts(b1, fixed, perK, appCores, out);
        }
        fault(byLevel.get(ServiceFault.STALL.level()), ServiceFault.STALL, out);
        fault(byLevel.get(ServiceFault.DOWN.level()), ServiceFault.DOWN, out);
    }

    /**
     * A composed stack's parts apart: its service was sampled on its own (run.StepRunner), so the front's share
     * is the whole minus the service's. Nothing for a stack of one app.
     */
    private static void parts(Measurement b1, Measurement fixed, double perK, int appCores, List<Observation> out) {
        Double serviceShare = fixed.values().get(MetricNames.SERVICE_CPU_SHARE);
        if (serviceShare == null) {
            return;
        }
        double servicePerK =
                serviceShare * Math.max(1, appCores) * 1000 / (fixed.achievedRate() * Defaults.ML_SMALL_BATCH);
        out.add(Observations.obs(MetricNames.ML_SERVICE_CPU_S_PER_1K, servicePerK, List.of(), "s", false, fixed));
        out.add(Observations.obs(
                MetricNames.ML_FRONT_CPU_S_PER_1K, Math.max(0, perK - servicePerK), List.of(), "s", false, fixed));
        Double serviceRss = b1 == null ? null : b1.values().get(MetricNames.SERVICE_RSS_MIB);
        if (serviceRss != null) {
            out.add(Observations.obs(MetricNames.ML_SERVICE_RSS_MIB, serviceRss, List.of(), "MiB", false, b1));
            out.add(Observations.obs(
                    MetricNames.ML_FRONT_RSS_MIB, b1.appMeanRssMib() - serviceRss, List.of(), "MiB", false, b1));
        }
    }

    /** The figures of one service fault, by the metric names of {@link MetricNames}. */
    private record FaultNames(String failed, String p99, String jsonP99, String recovery) {
        static FaultNames of(ServiceFault f) {
            return f == ServiceFault.STALL
                    ? new FaultNames(
                            MetricNames.ML_STALL_FAILED_SHARE,
                            MetricNames.ML_STALL_P99_MS,
                            MetricNames.ML_STALL_JSON_P99_MS,
                            MetricNames.ML_STALL_RECOVERY_MS)
                    : new FaultNames(
                            MetricNames.ML_DOWN_FAILED_SHARE,
                            MetricNames.ML_DOWN_P99_MS,
                            MetricNames.ML_DOWN_JSON_P99_MS,
                            MetricNames.ML_DOWN_RECOVERY_MS);
        }
    }

    /**
     * What a service fault did to the front (run.FaultStep): the share of forwarded calls without a 2xx answer,
     * the front's p99 on them and on its own /json meanwhile, and its recovery once the service was back.
     */
    private static void fault(Measurement m, ServiceFault f, List<Observation> out) {
        if (m == null || !m.ok()) {
            return;
        }
        FaultNames names = FaultNames.of(f);
        value(m, "failed_share:ml", names.failed(), "share", out);
        if (m.histograms().containsKey("corrected:ml")) {
            out.add(Observations.p99(names.p99(), m, "corrected:ml"));
        }
        if (m.histograms().containsKey("corrected:json")) {
            out.add(Observations.p99(names.jsonP99(), m, "corrected:json"));
        }
        value(m, MetricNames.FAULT_RECOVERY_MS, names.recovery(), "ms", out);
    }

    /** The measurement's raw value {@code key} as figure {@code name}, lower is better; nothing when absent. */
    private static void value(Measurement m, String key, String name, String unit, List<Observation> out) {
        Double v = m.values().get(key);
        if (v != null) {
            out.add(Observations.obs(name, v, List.of(), unit, false, m));
        }
    }

    private static Measurement ok(Measurement m) {
        return m != null && m.ok() ? m : null;
    }
}
