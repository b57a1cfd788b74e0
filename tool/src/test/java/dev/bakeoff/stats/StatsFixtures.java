package dev.bakeoff.stats;

import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.Workload;
import java.util.List;
import java.util.Map;

/** The statistics' package-private figures of one round, for the tests of the room that measures them (run). */
public final class StatsFixtures {
    private StatsFixtures() {}

    /** One figure of one round, as {@link Observations.Observation} holds it. */
    public record Figure(String name, double value, double low, double high, boolean flagged, String note) {}

    /** The figures {@link Observations#of} reads from one round's measurements of one stack and workload. */
    public static List<Figure> observations(Workload w, Map<String, Measurement> byLevel, int appCores) {
        return Observations.of(w, byLevel, appCores).stream()
                .map(o -> new Figure(o.name(), o.value(), o.low(), o.high(), o.flagged(), o.note()))
                .toList();
    }
}
