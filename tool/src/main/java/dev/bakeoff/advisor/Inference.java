package dev.bakeoff.advisor;

import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Workload;

/**
 * What serving the model in-process adds to one stack's fit, from the run's ml workload: CPU per prediction
 * (ml_cpu_s_per_1k, measured at the fixed batch-1 rate, so it includes that request's own HTTP handling: an
 * upper bound on the model's share), the loaded model's memory per process (ml_rss_mib above the idle app)
 * and the batch-1 p99. Without a usable ml measurement nothing is added and the text says so: a missing
 * measurement is no evidence, never a cost of 0.
 *
 * @param secondsPerRequest CPU-seconds of inference per request (0 when not measured or not needed)
 * @param modelMib          memory the loaded model adds to each process (MiB)
 * @param p99Ms             batch-1 /ml/predict p99 (NaN when not measured or not needed)
 * @param measured          whether the run measured it for this stack
 * @param text              the citation, empty when the profile serves no model
 */
record Inference(double secondsPerRequest, double modelMib, double p99Ms, boolean measured, String text) {
    static final Inference NONE = new Inference(0, 0, Double.NaN, false, "");

    static Inference of(String stack, Load load, FitRules rules, MetricView view, double baseRssMib) {
        if (!load.inference()) {
            return NONE;
        }
        var cpu = Fit.metric(view, stack, Workload.ML, MetricNames.ML_CPU_S_PER_1K)
                .map(m -> view.value().applyAsDouble(m))
                .filter(v -> v > 0);
        if (cpu.isEmpty()) {
            return new Inference(
                    0,
                    0,
                    Double.NaN,
                    false,
                    "the model's own inference cost is not in the fit: no usable ml/" + MetricNames.ML_CPU_S_PER_1K
                            + " for " + stack + " in the run (no evidence, not 0)");
        }
        double perRequest = cpu.get() / 1000 * load.predictionsPerRequest();
        double addedCores = load.peakRps() * perRequest / rules.targetUtilisation();
        double rss = Fit.metric(view, stack, Workload.ML, MetricNames.ML_RSS_MIB)
                .map(m -> view.value().applyAsDouble(m))
                .orElse(0.0);
        double base = Fit.metric(view, stack, Workload.STARTUP, MetricNames.IDLE_RSS_MIB)
                .map(m -> view.value().applyAsDouble(m))
                .orElse(baseRssMib);
        double model = Math.max(0, rss - base);
        double p99 = Fit.metric(view, stack, Workload.ML, MetricNames.ML_B1_P99_MS)
                .map(m -> view.value().applyAsDouble(m))
                .orElse(Double.NaN);
        StringBuilder t = new StringBuilder("inference " + Format.num(Fit.round(cpu.get()))
                + " CPU-s per 1k predictions measured, +" + Format.num(Fit.round(addedCores)) + " cores at "
                + Format.qty(load.peakRps()) + " req/s");
        if (rss > 0) {
            t.append(", model loaded +")
                    .append(Format.qty(model))
                    .append(" MiB per process (")
                    .append(Format.qty(rss))
                    .append(" MiB RSS)");
        }
        if (!Double.isNaN(p99)) {
            t.append(", batch-1 predict p99 ")
                    .append(Format.num(Fit.round(p99)))
                    .append(" ms");
        }
        return new Inference(perRequest, model, p99, true, t.toString());
    }
}
