package dev.bakeoff.stats;

import static dev.bakeoff.stats.Observations.obs;
import static dev.bakeoff.stats.Observations.p99;
import static dev.bakeoff.stats.Observations.percentile;

import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.plan.Defaults;
import dev.bakeoff.stats.Observations.Observation;
import java.util.List;
import java.util.Map;

/**
 * mixed's figures: how much cheap /json requests wait while /cpu jobs run beside them. The wait factor is the
 * median of the cheap requests that met a CPU job over the median of cheap requests alone (the baseline step);
 * the blocking factor, the p99 of all cheap requests over the baseline's p99. A step of 2.5 s holds about five
 * CPU jobs: whether they push cheap requests into the slowest 1% depends on how long a job runs against 1% of
 * the step, so the p99 ratio swings between processes (0.13-19 in one stack's standard run), while every cheap
 * request that met a job counts towards the median. The CPU jobs' planned and answered counts say whether the
 * jobs really ran (run.MixCheck flags a step whose counts differ from the plan).
 */
final class MixedObservations {
    /**
     * Cheap requests beside a CPU job below which the wait factor is flagged: its median would rest on too few.
     * Node.js meets about 20 in quick's 2.5 s (five jobs of ~8 ms at 500 req/s); a faster machine, about half.
     */
    static final long MIN_BESIDE = 10;

    private MixedObservations() {}

    static void of(Map<String, Measurement> byLevel, List<Observation> out) {
        Measurement base = byLevel.get("baseline");
        Observations.take(byLevel, "mixed", m -> {
            Observation cheap = p99(MetricNames.MIXED_CHEAP_P99_MS, m, "corrected:json");
            out.add(cheap);
            out.add(count(MetricNames.MIXED_CPU_ANSWERED, m, "answered:cpu"));
            out.add(count(MetricNames.MIXED_CPU_PLANNED, m, "planned:cpu"));
            if (base == null || !base.ok() || base.corrected().p99() <= 0) {
                return;
            }
            String overloaded = overloaded(base);
            out.add(flag(blockingFactor(cheap, m, base), overloaded));
            if (m.values().containsKey("beside:json")) {
                out.add(count(MetricNames.MIXED_BESIDE_COUNT, m, "beside:json"));
                waitFactor(m, base).map(o -> flag(o, overloaded)).ifPresent(out::add);
            }
        });
    }

    /**
     * Why the baseline cannot be the ratios' denominator, or empty: an app past its capacity at the cheap requests'
     * rate alone queues them (python-django's /json at 500 req/s on one core: p50 70 ms, p90 29-167 ms in its
     * rounds on 2026-12-04), and a wait beside CPU work can't be told from that queue. The test is on p90, a share
     * no brief stall reaches: one 40 ms pause of a 2.5 s step at 500 req/s is ~1.6% of its requests, so it moved
     * p99 past the objective (python-fastapi, p50 0.32 ms, p90 0.37 ms, p99 39 ms) in an app far from capacity.
     */
    static String overloaded(Measurement base) {
        double p90 = base.corrected().p90() / 1000.0;
        return p90 > Defaults.SLO_JSON_MS
                ? String.format(
                        "the app is past its capacity at the baseline's /json alone (p90 %.1f ms > the json objective"
                                + " %.0f ms): a wait beside CPU work can't be told from its own queue.",
                        p90, Defaults.SLO_JSON_MS)
                : "";
    }

    private static Observation flag(Observation o, String why) {
        if (why.isEmpty()) {
            return o;
        }
        return new Observation(
                o.name(),
                o.value(),
                o.samples(),
                o.low(),
                o.high(),
                o.unit(),
                o.higherIsBetter(),
                true,
                (why + " " + o.note()).strip());
    }

    private static Observation count(String name, Measurement m, String key) {
        return obs(name, m.values().getOrDefault(key, Double.NaN), List.of(), "requests", true, m);
    }

    /**
     * The wait factor and its inputs' p50 beside CPU work; its interval from the two medians' order-statistics
     * intervals. Flagged when fewer than {@link #MIN_BESIDE} cheap requests met a job.
     */
    private static java.util.Optional<Observation> waitFactor(Measurement m, Measurement base) {
        long beside = Math.round(m.values().getOrDefault("beside:json", 0.0));
        if (beside == 0 || !m.histograms().containsKey("beside:json")) {
            return java.util.Optional.empty();
        }
        Observation near = percentile(MetricNames.MIXED_BESIDE_P50_MS, m, "beside:json", 50);
        Observation alone = percentile("alone", base, "corrected", 50);
        if (!(alone.value() > 0)) {
            return java.util.Optional.empty();
        }
        boolean few = beside < MIN_BESIDE;
        String note = few
                ? ("only " + beside + " cheap requests met a CPU job (fewer than " + MIN_BESIDE
                                + "): the wait factor's median rests on too few. " + m.note())
                        .strip()
                : m.note();
        return java.util.Optional.of(new Observation(
                MetricNames.MIXED_WAIT_FACTOR,
                near.value() / alone.value(),
                List.of(),
                near.low() / alone.high(),
                near.high() / alone.low(),
                "x",
                false,
                few || near.flagged() || alone.flagged(),
                note));
    }

    /**
     * The p99 ratio. Two views of its uncertainty, and the wider wins: order statistics over requests, and a
     * bootstrap over seconds (tail latency comes in bursts).
     */
    private static Observation blockingFactor(Observation cheap, Measurement m, Measurement base) {
        Observation alone = p99("alone", base, "corrected");
        double lo = cheap.low() / alone.high();
        double hi = cheap.high() / alone.low();
        Statistics.Estimate bySecond = Statistics.ratio(
                Observations.perSecondP99(m.values(), "json"), Observations.perSecondP99(base.values(), "json"));
        if (bySecond.n() > 1) {
            lo = Math.min(lo, bySecond.low());
            hi = Math.max(hi, bySecond.high());
        }
        return new Observation(
                MetricNames.MIXED_BLOCKING_FACTOR,
                cheap.value() / alone.value(),
                List.of(),
                lo,
                hi,
                "x",
                false,
                cheap.flagged() || alone.flagged(),
                m.note());
    }
}
