package dev.bakeoff.bench;

import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one round's measurements of one stack and workload into named figures: which metric comes
 * from which step, and how. This is the documented mapping from load steps to {@link MetricNames}.
 */
final class Observations {
    private Observations() {}

    /** One figure from one round, with its per-second samples when it has them. */
    record Observation(
            String name,
            double value,
            List<Double> samples,
            String unit,
            boolean higherIsBetter,
            boolean flagged,
            String note) {}

    static List<Observation> of(Workload w, Map<String, Measurement> byLevel, int appCores) {
        List<Observation> out = new ArrayList<>();
        switch (w) {
            case PLAINTEXT, JSON, CPU, DATA -> {
                take(
                        byLevel,
                        "max",
                        m -> out.add(obs(MetricNames.MAX_RPS, m.achievedRate(), m.rateSamples(), "req/s", true, m)));
                take(byLevel, "fixed", m -> {
                    out.add(obs(MetricNames.P99_MS, m.corrected().p99() / 1000.0, ms(m.p99Samples()), "ms", false, m));
                    out.add(obs(MetricNames.P50_MS, m.corrected().p50() / 1000.0, List.of(), "ms", false, m));
                });
                take(byLevel, "capacity", m -> out.add(capacity(m, appCores)));
            }
            case IO -> {
                String top = null;
                for (int inFlight : Defaults.IO_IN_FLIGHT) {
                    String level = "c" + inFlight;
                    double ideal = inFlight * 1000.0 / Defaults.IO_DELAY_MS;
                    take(byLevel, level, m -> {
                        out.add(obs(
                                MetricNames.IO_RPS + "@" + level, m.achievedRate(), m.rateSamples(), "req/s", true, m));
                        out.add(obs(
                                MetricNames.IO_EFFICIENCY + "@" + level,
                                m.achievedRate() / ideal,
                                m.rateSamples().stream().map(r -> r / ideal).toList(),
                                "share",
                                true,
                                m));
                        out.add(obs(
                                MetricNames.IO_P99_MS + "@" + level,
                                m.corrected().p99() / 1000.0,
                                ms(m.p99Samples()),
                                "ms",
                                false,
                                m));
                    });
                    top = level;
                }
                String headline = top;
                for (Observation o : List.copyOf(out)) {
                    if (o.name().endsWith("@" + headline)) {
                        out.add(new Observation(
                                o.name().substring(0, o.name().indexOf('@')),
                                o.value(),
                                o.samples(),
                                o.unit(),
                                o.higherIsBetter(),
                                o.flagged(),
                                o.note()));
                    }
                }
                take(byLevel, "capacity", m -> out.add(capacity(m, appCores)));
            }
            case MIXED -> {
                Measurement base = byLevel.get("baseline");
                take(byLevel, "mixed", m -> {
                    double cheap = m.values().getOrDefault("p99_us:json", Double.NaN) / 1000.0;
                    out.add(obs(MetricNames.MIXED_CHEAP_P99_MS, cheap, List.of(), "ms", false, m));
                    if (base != null && base.ok() && base.corrected().p99() > 0) {
                        out.add(obs(
                                MetricNames.MIXED_BLOCKING_FACTOR,
                                cheap * 1000.0 / base.corrected().p99(),
                                List.of(),
                                "x",
                                false,
                                m));
                    }
                });
            }
            case WS -> {
                take(
                        byLevel,
                        "fanout",
                        m -> out.add(obs(
                                MetricNames.WS_FANOUT_P99_MS,
                                m.corrected().p99() / 1000.0,
                                ms(m.p99Samples()),
                                "ms",
                                false,
                                m)));
                take(
                        byLevel,
                        "idle",
                        m -> out.add(obs(
                                MetricNames.WS_KIB_PER_CONNECTION,
                                m.values().getOrDefault(MetricNames.WS_KIB_PER_CONNECTION, Double.NaN),
                                List.of(),
                                "KiB",
                                false,
                                m)));
            }
            case STARTUP ->
                take(byLevel, "cold", m -> {
                    out.add(obs(
                            MetricNames.READY_MS,
                            m.values().getOrDefault(MetricNames.READY_MS, Double.NaN),
                            List.of(),
                            "ms",
                            false,
                            m));
                    out.add(obs(
                            MetricNames.IDLE_RSS_MIB,
                            m.values().getOrDefault(MetricNames.IDLE_RSS_MIB, Double.NaN),
                            List.of(),
                            "MiB",
                            false,
                            m));
                });
        }
        if (w != Workload.STARTUP) {
            byLevel.values().stream()
                    .filter(Measurement::ok)
                    .max(java.util.Comparator.comparingDouble(Measurement::appPeakRssMib))
                    .ifPresent(
                            m -> out.add(obs(MetricNames.PEAK_RSS_MIB, m.appPeakRssMib(), List.of(), "MiB", false, m)));
            byLevel.values().stream()
                    .filter(Measurement::ok)
                    .max(java.util.Comparator.comparingDouble(Measurement::appCpuShare))
                    .ifPresent(m -> out.add(obs(MetricNames.CPU_SHARE, m.appCpuShare(), List.of(), "share", false, m)));
        }
        return out;
    }

    private static Observation capacity(Measurement m, int appCores) {
        return obs(
                MetricNames.CAPACITY_PER_CORE,
                m.values().getOrDefault("capacity_rps", 0.0) / Math.max(1, appCores),
                List.of(),
                "req/s/core",
                true,
                m);
    }

    private static Observation obs(
            String name, double value, List<Double> samples, String unit, boolean higher, Measurement m) {
        return new Observation(name, value, samples, unit, higher, m.flagged() || !m.ok(), m.note());
    }

    private static List<Double> ms(List<Double> micros) {
        return micros.stream().map(v -> v / 1000.0).toList();
    }

    private static void take(
            Map<String, Measurement> byLevel, String level, java.util.function.Consumer<Measurement> use) {
        Measurement m = byLevel.get(level);
        if (m != null && m.ok()) {
            use.accept(m);
        }
    }
}
