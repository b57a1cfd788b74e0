package dev.bakeoff.run;

import dev.bakeoff.lab.AppProcess;
import dev.bakeoff.loadgen.LoadShape;
import dev.bakeoff.loadgen.Progress;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.plan.StepSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleFunction;

/**
 * The headline number: the highest open-model arrival rate a stack sustains with p99 under the workload's
 * SLO and errors under 1%. Bisection between what is known to pass (0, or a fixed-rate step of the same
 * endpoint that met the SLO) and the closed-model throughput (with 10% headroom), a fixed number of probes.
 * A probe the load generator could not drive is unknown, not a miss: it only caps the search. With no
 * pass after the planned probes the search keeps halving down to a floor; with none even then, the result
 * is "below X", flagged, never a capacity of 0.
 */
final class CapacitySearch {
    /** The search halves no further than this share of its first upper bound, nor below 1 req/s. */
    static final double FLOOR_SHARE = 1.0 / 64;

    private CapacitySearch() {}

    /** How one probe went. */
    enum Outcome {
        MET,
        MISSED,
        /** The load generator saturated: the probe says nothing of the app. */
        UNKNOWN
    }

    static Measurement run(
            StepRunner runner,
            AppProcess app,
            String stack,
            StepSpec.Capacity spec,
            int round,
            double maxRate,
            Optional<Measurement> fixedRate,
            Progress progress) {
        return search(
                spec,
                stack,
                round,
                maxRate,
                fixedRate,
                rate -> runner.http(
                        app,
                        stack,
                        spec,
                        round,
                        new LoadShape.OpenModel(rate),
                        spec.connections(),
                        spec.mix(),
                        StepRunner.Warmup.PROBE,
                        runner.preset().probeSeconds,
                        progress),
                app::isAlive);
    }

    static Measurement search(
            StepSpec.Capacity spec,
            String stack,
            int round,
            double maxRate,
            Optional<Measurement> fixedRate,
            DoubleFunction<Measurement> probe,
            BooleanSupplier alive) {
        double lo = 0;
        Measurement best = null;
        List<String> probes = new ArrayList<>();
        Optional<Measurement> known = fixedRate.filter(m -> outcome(m, m.targetRate(), spec) == Outcome.MET);
        if (known.isPresent()) {
            lo = known.get().targetRate();
            best = known.get();
            probes.add(String.format("%.0f/s met at the fixed-rate step", lo));
        }
        double hi = Math.max(Math.max(10, maxRate * 1.1), lo * 2);
        double floor = Math.max(1, hi * FLOOR_SHARE);
        boolean capUnknown = false; // the upper bound comes from the generator's limit, not from the app missing
        double lowestMiss = Double.NaN;
        for (int i = 0; alive.getAsBoolean(); i++) {
            double rate = lo == 0 && i == 0 ? hi * 0.75 : (lo + hi) / 2;
            if (i >= spec.steps() && (best != null || rate < floor)) {
                break;
            }
            Measurement m = probe.apply(rate);
            Outcome o = outcome(m, rate, spec);
            probes.add(String.format(
                    "%.0f/s %s (p99 %.1f ms)",
                    rate,
                    switch (o) {
                        case MET -> "ok";
                        case MISSED -> "missed";
                        case UNKNOWN -> "unknown, load generator saturated";
                    },
                    m.corrected().p99() / 1000.0));
            if (o == Outcome.MET) {
                lo = rate;
                best = m;
            } else {
                hi = rate;
                capUnknown = o == Outcome.UNKNOWN;
                if (o == Outcome.MISSED) {
                    lowestMiss = rate;
                }
            }
        }
        String note = "probes: " + String.join(", ", probes);
        Map<String, Double> values = new HashMap<>();
        values.put("slo_ms", spec.sloMillis());
        values.put("capacity_hi_rps", hi); // the bracket: the capacity lies in [capacity_rps, capacity_hi_rps)
        if (best == null && Double.isNaN(lowestMiss)) {
            // Not one probe said anything of the app: no figure at all rather than a bound that is not one.
            values.put("capacity_unknown", 1.0);
            return Measurement.empty(stack, spec.workload(), spec.level(), round)
                    .asFlagged(
                            String.format(
                                    "unknown: the load generator could not drive any probed rate, down to %.0f/s"
                                            + " (starved of CPU?); %s",
                                    hi, note),
                            values);
        }
        if (best == null) {
            values.put("capacity_below_rps", lowestMiss);
            return Measurement.empty(stack, spec.workload(), spec.level(), round)
                    .asFlagged(
                            String.format(
                                    "below %.0f req/s: no probed rate down to %.0f/s met p99 < %.0f ms%s; %s",
                                    lowestMiss,
                                    hi,
                                    spec.sloMillis(),
                                    capUnknown ? " (the lowest could not be driven by the load generator)" : "",
                                    note),
                            values);
        }
        values.putAll(best.values());
        values.put("capacity_rps", lo);
        values.put("capacity_hi_rps", hi);
        if (capUnknown) {
            return best.asFlagged(
                    String.format(
                            "at least %.0f req/s: the load generator could not drive %.0f/s, so the capacity above"
                                    + " is unknown; %s",
                            lo, hi, note),
                    values);
        }
        return best.with(note, values);
    }

    /** A probe met the SLO when its p99 was under it, it ran at its rate and nothing flagged it. */
    static Outcome outcome(Measurement m, double rate, StepSpec.Capacity spec) {
        if (m.ok() && m.values().getOrDefault(StepRunner.GENERATOR_SATURATED, 0.0) > 0) {
            return Outcome.UNKNOWN;
        }
        boolean met = m.ok()
                && !m.flagged()
                && m.completed() > 0
                && m.corrected().p99() <= spec.sloMillis() * 1000
                && m.achievedRate() >= rate * 0.95;
        return met ? Outcome.MET : Outcome.MISSED;
    }
}
