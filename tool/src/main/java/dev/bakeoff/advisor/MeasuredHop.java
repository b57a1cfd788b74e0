package dev.bakeoff.advisor;

import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Workload;
import java.util.Optional;

/**
 * A hybrid's network hop as a run measured it: the p50 and p99 that its composed stack's /ml/predict adds
 * over its service part alone (ml_hop_p50_ms, ml_hop_p99_ms). With it, the hop's ai_ml cost is the share of
 * the profile's p99 budget that the hop's p99 takes, not the stated penalty.
 */
record MeasuredHop(String stack, double p50Ms, double p99Ms, String runId, String asOf) {

    /** The hop of {@code hybrid}'s composed stack in {@code view}; empty without a usable ml_hop_p99_ms. */
    static Optional<MeasuredHop> of(MetricView view, Candidate hybrid) {
        if (view == null || hybrid.measuredAs().isEmpty()) {
            return Optional.empty();
        }
        String stack = hybrid.measuredAs();
        return view.usable(stack, Workload.ML, MetricNames.ML_HOP_P99_MS)
                .map(p99 -> new MeasuredHop(
                        stack,
                        view.usable(stack, Workload.ML, MetricNames.ML_HOP_P50_MS)
                                .map(m -> view.value().applyAsDouble(m))
                                .orElse(Double.NaN),
                        Math.max(0, view.value().applyAsDouble(p99)),
                        view.run().runId(),
                        Scorer.runDate(view.run())));
    }

    /** The ai_ml penalty: the hop's p99 as a share of the p99 budget, at most 1. */
    double penalty(double budgetMs) {
        return Math.min(1, p99Ms / budgetMs);
    }

    String text(double budgetMs) {
        return "measured on " + stack + ": p99 +" + Format.num(Fit.round(p99Ms)) + " ms"
                + (Double.isNaN(p50Ms) ? "" : " (p50 +" + Format.num(Fit.round(p50Ms)) + " ms)")
                + " over its service alone, " + Format.pct(penalty(budgetMs)) + " of the " + Format.num(budgetMs)
                + " ms p99 budget (run " + runId + ")";
    }
}
