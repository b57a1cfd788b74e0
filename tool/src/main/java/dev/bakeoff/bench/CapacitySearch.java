package dev.bakeoff.bench;

import dev.bakeoff.lab.AppProcess;
import dev.bakeoff.loadgen.LoadShape;
import dev.bakeoff.loadgen.Progress;
import dev.bakeoff.model.Measurement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline number: the highest open-model arrival rate a stack sustains with p99 under the
 * workload's SLO and errors under 1%. Bisection between 0 and the closed-model throughput (with 10%
 * headroom), a fixed number of probes, so it is bounded in time.
 */
final class CapacitySearch {
    private CapacitySearch() {}

    static Measurement run(
            StepRunner runner,
            AppProcess app,
            String stack,
            StepSpec.Capacity spec,
            int round,
            double maxRate,
            Progress progress) {
        double lo = 0;
        double hi = Math.max(10, maxRate * 1.1);
        Measurement best = null;
        List<String> probes = new ArrayList<>();
        for (int i = 0; i < spec.steps(); i++) {
            double rate = i == 0 ? hi * 0.75 : (lo + hi) / 2;
            Measurement m = runner.http(
                    app,
                    stack,
                    spec,
                    round,
                    new LoadShape.OpenModel(rate),
                    spec.connections(),
                    spec.mix(),
                    StepRunner.Warmup.PROBE,
                    runner.preset().probeSeconds,
                    progress);
            boolean ok =
                    !m.flagged() && m.corrected().p99() <= spec.sloMillis() * 1000 && m.achievedRate() >= rate * 0.95;
            probes.add(String.format(
                    "%.0f/s %s (p99 %.1f ms)",
                    rate, ok ? "ok" : "missed", m.corrected().p99() / 1000.0));
            if (ok) {
                lo = rate;
                best = m;
            } else {
                hi = rate;
            }
            if (!app.isAlive()) {
                break;
            }
        }
        String note = "probes: " + String.join(", ", probes);
        Map<String, Double> values = new HashMap<>();
        values.put("capacity_rps", lo);
        values.put("capacity_hi_rps", hi); // the bisection bracket: capacity lies in [capacity_rps, capacity_hi_rps)
        values.put("slo_ms", spec.sloMillis());
        if (best == null) {
            return new Measurement(
                    stack,
                    spec.workload(),
                    spec.level(),
                    round,
                    true,
                    false,
                    "no probed rate met p99 < " + spec.sloMillis() + " ms; " + note,
                    0,
                    0,
                    0,
                    0,
                    Map.of(),
                    Measurement.Latency.NONE,
                    Measurement.Latency.NONE,
                    0,
                    0,
                    0,
                    0,
                    List.of(),
                    List.of(),
                    values,
                    Map.of());
        }
        values.putAll(best.values());
        return best.with(note, values);
    }
}
