package dev.bakeoff.advisor;

import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Workload;
import java.util.Optional;

/**
 * A hybrid's network hop as a run measured it: the p50 and p99 that its composed stack's /ml/predict adds
 * over its service part alone (ml_hop_p50_ms, ml_hop_p99_ms). With it, the hop's ai_ml cost is the share of
 * the profile's p99 budget that the hop's p99 takes, not the stated penalty.
 */
record MeasuredHop(String stack, double p50Ms, double p99Ms, String runId, String asOf, String faults) {

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
                        Scorer.runDate(view.run()),
                        faults(view, stack)));
    }

    /**
     * What the run saw when it hung and then killed the service (run.FaultStep), for the option's text: the
     * failed share of forwarded calls, their p99, the front's own /json p99 meanwhile and its recovery. Empty
     * when the run had no usable fault cells. It informs the reader; the score counts the hop's latency only.
     */
    private static String faults(MetricView view, String stack) {
        StringBuilder out = new StringBuilder();
        fault(
                view,
                stack,
                "hung",
                MetricNames.ML_STALL_FAILED_SHARE,
                MetricNames.ML_STALL_P99_MS,
                MetricNames.ML_STALL_JSON_P99_MS,
                MetricNames.ML_STALL_RECOVERY_MS,
                out);
        fault(
                view,
                stack,
                "killed",
                MetricNames.ML_DOWN_FAILED_SHARE,
                MetricNames.ML_DOWN_P99_MS,
                MetricNames.ML_DOWN_JSON_P99_MS,
                MetricNames.ML_DOWN_RECOVERY_MS,
                out);
        return out.toString();
    }

    private static void fault(
            MetricView view,
            String stack,
            String how,
            String failed,
            String p99,
            String jsonP99,
            String recovery,
            StringBuilder out) {
        var share = view.usable(stack, Workload.ML, failed);
        if (share.isEmpty()) {
            return;
        }
        out.append("; its service ")
                .append(how)
                .append(": ")
                .append(Format.pct(view.value().applyAsDouble(share.get())))
                .append(" of forwarded calls failed");
        ms(view, stack, p99).ifPresent(v -> out.append(" (p99 ").append(v).append(")"));
        ms(view, stack, jsonP99)
                .ifPresent(v -> out.append(", its own /json p99 ").append(v));
        ms(view, stack, recovery)
                .ifPresent(v -> out.append(", forwarding again ").append(v).append(" after it came back"));
    }

    private static Optional<String> ms(MetricView view, String stack, String name) {
        return view.usable(stack, Workload.ML, name)
                .map(m -> Format.num(Fit.round(view.value().applyAsDouble(m))) + " ms");
    }

    /** The ai_ml penalty: the hop's p99 as a share of the p99 budget, at most 1. */
    double penalty(double budgetMs) {
        return Math.min(1, p99Ms / budgetMs);
    }

    /** The fault figures after the hop's, e.g. "; its service hung: 100% of forwarded calls failed (...)". */
    String faultText() {
        return faults;
    }

    String text(double budgetMs) {
        return "measured on " + stack + ": p99 +" + Format.num(Fit.round(p99Ms)) + " ms"
                + (Double.isNaN(p50Ms) ? "" : " (p50 +" + Format.num(Fit.round(p50Ms)) + " ms)")
                + " over its service alone, " + Format.pct(penalty(budgetMs)) + " of the " + Format.num(budgetMs)
                + " ms p99 budget (run " + runId + ")";
    }
}
