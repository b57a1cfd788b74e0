package dev.bakeoff.stats;

import static dev.bakeoff.stats.Observations.obs;
import static dev.bakeoff.stats.Observations.p99;
import static dev.bakeoff.stats.Observations.renamed;

import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.stats.Observations.Observation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * io's figures: the ceiling probe's capacity; per delay level (d50, d1000, d5000) the latency beyond the delay,
 * errors, requests in flight, RSS and the delay service's lateness (named {@code name@d<delay>}); the highest
 * level's as the headline; memory per request in flight as the RSS slope between the lowest and highest level;
 * the app's CPU per 1k proxied requests at the lowest level (the same rate at every level).
 */
final class IoObservations {
    private IoObservations() {}

    static void of(Map<String, Measurement> byLevel, List<Observation> out) {
        Observations.take(
                byLevel,
                "ceiling",
                m -> out.add(obs(MetricNames.IO_CEILING_RPS, m.achievedRate(), m.rateSamples(), "req/s", true, m)));
        TreeMap<Integer, Measurement> levels = new TreeMap<>();
        byLevel.forEach((level, m) -> {
            if (level.matches("d\\d+") && m.ok() && m.values().containsKey(MetricNames.IO_DELAY_MS)) {
                levels.put(Integer.parseInt(level.substring(1)), m);
            }
        });
        if (levels.isEmpty()) {
            return;
        }
        double worstLate = Double.NaN;
        Measurement worstLateLevel = null;
        for (var e : levels.entrySet()) {
            Measurement m = e.getValue();
            boolean top = e.getKey().equals(levels.lastKey());
            String at = "@d" + e.getKey();
            List<Observation> perLevel = List.of(
                    overhead(MetricNames.IO_OVERHEAD_P99_MS, m, e.getKey()),
                    obs(
                            MetricNames.IO_OVERHEAD_P50_MS,
                            m.values().get(MetricNames.IO_OVERHEAD_P50_MS),
                            List.of(),
                            "ms",
                            false,
                            m),
                    obs(
                            MetricNames.IO_ERROR_RATE,
                            m.values().getOrDefault(MetricNames.IO_ERROR_RATE, Double.NaN),
                            List.of(),
                            "share",
                            false,
                            m));
            for (Observation o : perLevel) {
                out.add(renamed(o, o.name() + at));
                if (top) {
                    out.add(o);
                }
            }
            out.add(obs(
                    MetricNames.IO_IN_FLIGHT + at,
                    m.values().get(MetricNames.IO_IN_FLIGHT),
                    List.of(),
                    "requests",
                    true,
                    m));
            out.add(obs(MetricNames.IO_RSS_MIB + at, m.appPeakRssMib(), List.of(), "MiB", false, m));
            Double late = m.values().get(MetricNames.IO_DELAY_LATE_P99_MS);
            if (late != null) {
                out.add(obs(MetricNames.IO_DELAY_LATE_P99_MS + at, late, List.of(), "ms", false, m));
                if (Double.isNaN(worstLate) || late > worstLate) {
                    worstLate = late;
                    worstLateLevel = m;
                }
            }
        }
        if (worstLateLevel != null) {
            out.add(obs(MetricNames.IO_DELAY_LATE_P99_MS, worstLate, List.of(), "ms", false, worstLateLevel));
        }
        Measurement low = levels.firstEntry().getValue();
        Double cpu = low.values().get(MetricNames.APP_CPU_S_PER_1K);
        if (cpu != null) {
            out.add(obs(MetricNames.APP_CPU_S_PER_1K, cpu, List.of(), "s", false, low));
        }
        Measurement high = levels.lastEntry().getValue();
        double inFlight =
                high.values().get(MetricNames.IO_IN_FLIGHT) - low.values().get(MetricNames.IO_IN_FLIGHT);
        if (levels.size() > 1 && inFlight > 0) {
            double kib = (high.appPeakRssMib() - low.appPeakRssMib()) * 1024 / inFlight;
            out.add(new Observation(
                    MetricNames.IO_KIB_PER_IN_FLIGHT,
                    kib,
                    List.of(),
                    Double.NaN,
                    Double.NaN,
                    "KiB",
                    false,
                    low.flagged() || high.flagged(),
                    String.join(
                            "; ",
                            java.util.stream.Stream.of(low.note(), high.note())
                                    .filter(n -> !n.isBlank())
                                    .distinct()
                                    .toList())));
        }
    }

    /** A level's p99 beyond its delay, with the p99's order-statistics interval shifted alike. */
    private static Observation overhead(String name, Measurement m, int delayMs) {
        Observation p = p99(name, m, "corrected");
        return new Observation(
                name,
                Math.max(0, p.value() - delayMs),
                List.of(),
                Math.max(0, p.low() - delayMs),
                Math.max(0, p.high() - delayMs),
                "ms",
                false,
                p.flagged(),
                p.note());
    }
}
