package dev.bakeoff.stats;

import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Workload;
import dev.bakeoff.plan.DataSweep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns one round's measurements of one stack and workload into named figures: which metric comes
 * from which step, and how. This is the documented mapping from load steps to {@link MetricNames}.
 * Each figure carries what is known of its uncertainty within the round: per-second samples, a
 * percentile's order-statistics interval from the full histogram, or the capacity search's bracket.
 */
final class Observations {
    private Observations() {}

    /**
     * One figure from one round.
     *
     * @param samples      per-second samples, when the figure has them
     * @param low          lower end of a within-round interval (NaN when there is none)
     */
    record Observation(
            String name,
            double value,
            List<Double> samples,
            double low,
            double high,
            String unit,
            boolean higherIsBetter,
            boolean flagged,
            String note) {

        boolean hasInterval() {
            return !Double.isNaN(low) && !Double.isNaN(high);
        }
    }

    static List<Observation> of(Workload w, Map<String, Measurement> byLevel, int appCores) {
        List<Observation> out = new ArrayList<>();
        switch (w) {
            case PLAINTEXT, JSON, CPU, DATA -> {
                take(
                        byLevel,
                        "max",
                        m -> out.add(obs(MetricNames.MAX_RPS, m.achievedRate(), m.rateSamples(), "req/s", true, m)));
                take(byLevel, "fixed", m -> {
                    out.add(p99(MetricNames.P99_MS, m, "corrected"));
                    out.add(obs(MetricNames.P50_MS, m.corrected().p50() / 1000.0, List.of(), "ms", false, m));
                });
                take(byLevel, "eff", m -> efficiency(m, out));
                take(byLevel, "capacity", m -> capacity(m, appCores).ifPresent(out::add));
                if (w == Workload.DATA) {
                    take(byLevel, DataSweep.LEVEL, m -> out.addAll(DataObservations.observations(m)));
                }
            }
            case IO -> IoObservations.of(byLevel, out);
            case MIXED -> MixedObservations.of(byLevel, out);
            case DB -> {
                take(byLevel, "max", m -> {
                    out.add(obs(MetricNames.MAX_RPS, m.achievedRate(), m.rateSamples(), "req/s", true, m));
                    for (String name : List.of(
                            MetricNames.DB_APP_CPU_S_PER_1K,
                            MetricNames.DB_SERVER_CPU_S_PER_1K,
                            MetricNames.DB_SERVER_CPU_SHARE)) {
                        String unit = name.equals(MetricNames.DB_SERVER_CPU_SHARE) ? "share" : "s";
                        out.add(obs(name, m.values().getOrDefault(name, Double.NaN), List.of(), unit, false, m));
                    }
                });
                take(
                        byLevel,
                        "q20",
                        m -> out.add(
                                obs(MetricNames.DB_QUERIES_RPS, m.achievedRate(), m.rateSamples(), "req/s", true, m)));
                take(byLevel, "fixed", m -> out.add(p99(MetricNames.P99_MS, m, "corrected")));
                take(byLevel, "capacity", m -> capacity(m, appCores).ifPresent(out::add));
            }
            case ML -> MlObservations.add(byLevel, out, appCores);
            case WS -> {
                take(byLevel, "fanout", m -> out.add(p99(MetricNames.WS_FANOUT_P99_MS, m, "corrected")));
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
                    .max(Comparator.comparingDouble(Measurement::appPeakRssMib))
                    .ifPresent(
                            m -> out.add(obs(MetricNames.PEAK_RSS_MIB, m.appPeakRssMib(), List.of(), "MiB", false, m)));
            byLevel.values().stream()
                    .filter(Measurement::ok)
                    .max(Comparator.comparingDouble(Measurement::appCpuShare))
                    .ifPresent(m -> out.add(obs(MetricNames.CPU_SHARE, m.appCpuShare(), List.of(), "share", false, m)));
        }
        return out;
    }

    /**
     * The bisection bracket is the capacity's interval: the last rate that met the SLO and the first that did
     * not. A search with no pass says "below X": flagged, its interval [0, X], never a capacity of 0. A search
     * that learnt nothing of the app (every probe beyond the generator) gives no figure; its cell says why.
     */
    private static java.util.Optional<Observation> capacity(Measurement m, int appCores) {
        if (m.values().containsKey("capacity_unknown")) {
            return java.util.Optional.empty();
        }
        double cores = Math.max(1, appCores);
        double hi = m.values().getOrDefault("capacity_hi_rps", Double.NaN) / cores;
        Double below = m.values().get("capacity_below_rps");
        if (below != null) {
            return java.util.Optional.of(new Observation(
                    MetricNames.CAPACITY_PER_CORE,
                    below / cores,
                    List.of(),
                    0,
                    below / cores,
                    "req/s/core",
                    true,
                    true,
                    m.note()));
        }
        double lo = m.values().getOrDefault("capacity_rps", 0.0) / cores;
        return java.util.Optional.of(new Observation(
                MetricNames.CAPACITY_PER_CORE,
                lo,
                List.of(),
                lo,
                hi,
                "req/s/core",
                true,
                m.flagged() || !m.ok(),
                m.note()));
    }

    /**
     * The efficiency step's CPU per 1k and RSS at its fixed rate. A step that could not run (no max to take its
     * rate from) or served nothing gives a flagged cell without a figure, its note saying why: never a 0.
     */
    static void efficiency(Measurement m, List<Observation> out) {
        double cpu = m.values().getOrDefault(MetricNames.APP_CPU_S_PER_1K, Double.NaN);
        boolean missing = Double.isNaN(cpu);
        String note = missing && m.note().isBlank() ? "no figure: the step answered no request" : m.note();
        out.add(new Observation(
                MetricNames.APP_CPU_S_PER_1K,
                cpu,
                List.of(),
                Double.NaN,
                Double.NaN,
                "s",
                false,
                missing || m.flagged(),
                note));
        if (!missing) {
            out.add(obs(MetricNames.EFF_RSS_MIB, m.appPeakRssMib(), List.of(), "MiB", false, m));
        }
    }

    /** A p99 in ms with its order-statistics interval from the stored histogram {@code histogram}. */
    static Observation p99(String name, Measurement m, String histogram) {
        return percentile(name, m, histogram, 99);
    }

    /**
     * A percentile in ms with its order-statistics interval from the stored histogram {@code histogram}; without
     * that histogram, the measurement's overall latency at p50 or p99 (the two {@code pct} used).
     */
    static Observation percentile(String name, Measurement m, String histogram, double pct) {
        String encoded = m.histograms().get(histogram);
        double value;
        double[] interval = {Double.NaN, Double.NaN};
        if (encoded != null) {
            var h = Histograms.decode(encoded);
            value = h.getValueAtPercentile(pct) / 1000.0;
            double[] us = Histograms.percentileInterval(h, pct);
            interval = new double[] {us[0] / 1000.0, us[1] / 1000.0};
        } else {
            value = (pct == 50 ? m.corrected().p50() : m.corrected().p99()) / 1000.0;
        }
        return new Observation(
                name,
                value,
                List.of(),
                Math.min(value, interval[0]),
                Math.max(value, interval[1]),
                "ms",
                false,
                m.flagged() || !m.ok(),
                m.note());
    }

    static Observation renamed(Observation o, String name) {
        return new Observation(
                name, o.value(), o.samples(), o.low(), o.high(), o.unit(), o.higherIsBetter(), o.flagged(), o.note());
    }

    static Observation obs(
            String name, double value, List<Double> samples, String unit, boolean higher, Measurement m) {
        return new Observation(
                name, value, samples, Double.NaN, Double.NaN, unit, higher, m.flagged() || !m.ok(), m.note());
    }

    /**
     * The per-second p99s (ms) of {@code className} in a measurement's {@code values}, in order: the run stores
     * them as {@code p99_us:<class>#<second>} (run.ClassSeconds).
     */
    static List<Double> perSecondP99(Map<String, Double> values, String className) {
        List<Double> out = new ArrayList<>();
        for (int s = 0; values.containsKey("p99_us:" + className + "#" + s); s++) {
            out.add(values.get("p99_us:" + className + "#" + s) / 1000.0);
        }
        return out;
    }

    static void take(Map<String, Measurement> byLevel, String level, Consumer<Measurement> use) {
        Measurement m = byLevel.get(level);
        if (m != null && m.ok()) {
            use.accept(m);
        }
    }
}
