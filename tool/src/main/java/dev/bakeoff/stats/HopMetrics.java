package dev.bakeoff.stats;

import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.stats.Observations.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a composed stack's hop costs: its latency minus its service's, measured alone in the same run, at the
 * ml workload's fixed-rate step (both loaded at the same rate, so the difference is the hop and the front,
 * not a different queue). The run's stored plan says which stack composes which ({@link
 * dev.bakeoff.model.Plan#compositions()}).
 */
final class HopMetrics {
    /**
     * The steps both may be compared at, best first: batch-1 requests at one fixed rate (see {@code plan.MlSteps});
     * in runs stored before every preset had a fixed-rate step, the closed-model batch-1 step, where the difference also
     * holds the queueing of a lower throughput (the metric's note says which).
     */
    static final List<String> LEVELS = List.of("fixed", "b1");

    private HopMetrics() {}

    /**
     * Per round, the hop's p50 and p99 (ms): the composed stack's fixed-rate step minus its service's of the
     * same round. Empty when the service was not measured alone in that round (or either cell failed).
     */
    static List<Observation> of(
            Map<Integer, Map<String, Measurement>> hybridRounds,
            Map<Integer, Map<String, Measurement>> serviceRounds,
            String service) {
        List<Observation> out = new ArrayList<>();
        hybridRounds.forEach((round, levels) -> {
            Map<String, Measurement> alone = serviceRounds.getOrDefault(round, Map.of());
            Optional<String> level = LEVELS.stream()
                    .filter(l -> ok(levels.get(l)) && ok(alone.get(l)))
                    .findFirst();
            if (level.isEmpty()) {
                return;
            }
            Measurement h = levels.get(level.get());
            Measurement s = alone.get(level.get());
            boolean flagged = h.flagged() || s.flagged();
            String note = "composed minus " + service + " alone, ml step " + level.get()
                    + (level.get().equals("fixed") ? " (same fixed rate)" : " (closed model: includes queueing)");
            out.add(hop(
                    MetricNames.ML_HOP_P50_MS,
                    h.corrected().p50() - s.corrected().p50(),
                    flagged,
                    note));
            out.add(hop(
                    MetricNames.ML_HOP_P99_MS,
                    h.corrected().p99() - s.corrected().p99(),
                    flagged,
                    note));
        });
        return out;
    }

    private static boolean ok(Measurement m) {
        return m != null && m.ok();
    }

    private static Observation hop(String name, long micros, boolean flagged, String note) {
        return new Observation(name, micros / 1000.0, List.of(), Double.NaN, Double.NaN, "ms", false, flagged, note);
    }
}
