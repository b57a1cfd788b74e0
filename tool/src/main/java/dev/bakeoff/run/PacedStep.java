package dev.bakeoff.run;

import dev.bakeoff.lab.AppProcess;
import dev.bakeoff.lab.DownstreamService.Lateness;
import dev.bakeoff.loadgen.LoadShape;
import dev.bakeoff.loadgen.Progress;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.plan.Defaults;
import dev.bakeoff.plan.StepSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a {@link StepSpec.Paced} step: an open-model load at a share of an earlier step's throughput. Every such
 * step reports the app's CPU-seconds per 1,000 requests and its RSS at that rate; an io level also reports the
 * requests in flight, the latency beyond the downstream delay, and how late the delay service's own timers
 * fired (a level whose delays drifted flags itself: its overhead would be the service's, not the app's).
 */
final class PacedStep {
    private PacedStep() {}

    static Measurement run(
            StepRunner runner,
            AppProcess app,
            String stack,
            StepSpec.Paced spec,
            int round,
            Optional<Measurement> from,
            Progress progress) {
        double base =
                from.filter(Measurement::ok).map(Measurement::achievedRate).orElse(0.0);
        if (base <= 0) {
            return Measurement.empty(stack, spec.workload(), spec.level(), round)
                    .asFlagged(
                            "no figure: this step's rate is a share of step " + spec.fromLevel()
                                    + "'s throughput, and that step gave none",
                            Map.of());
        }
        double rate = spec.rate(base);
        runner.takeLateness(); // what the timers did before this step is not this step's
        Measurement m = runner.http(
                app,
                stack,
                spec,
                round,
                new LoadShape.OpenModel(rate),
                spec.connections(rate),
                spec.mix(),
                spec.warmupSeconds(),
                spec.measureSeconds(),
                RunDefaults.REQUEST_TIMEOUT_SECONDS + spec.delayMs() / 1000.0,
                progress);
        return withFigures(m, spec, runner.appCores(), runner.takeLateness());
    }

    /** Adds the step's figures to its measurement; flags an io level whose delay service drifted. */
    static Measurement withFigures(Measurement m, StepSpec.Paced spec, int appCores, Lateness late) {
        if (!m.ok()) {
            return m;
        }
        Map<String, Double> values = new HashMap<>(m.values());
        if (m.achievedRate() > 0) {
            // The sampler's CPU share covers warm-up and measured phase alike, both at the same fixed rate.
            values.put(MetricNames.APP_CPU_S_PER_1K, m.appCpuShare() * Math.max(1, appCores) * 1000 / m.achievedRate());
        }
        values.put(MetricNames.EFF_RSS_MIB, m.appPeakRssMib());
        if (spec.delayMs() <= 0) {
            return m.with(m.note(), values);
        }
        double delay = spec.delayMs();
        values.put(MetricNames.IO_DELAY_MS, delay);
        values.put(MetricNames.IO_IN_FLIGHT, m.targetRate() * delay / 1000.0);
        values.put(MetricNames.IO_OVERHEAD_P50_MS, Math.max(0, m.corrected().p50() / 1000.0 - delay));
        values.put(MetricNames.IO_OVERHEAD_P99_MS, Math.max(0, m.corrected().p99() / 1000.0 - delay));
        long attempts = m.completed() + m.errors();
        values.put(MetricNames.IO_ERROR_RATE, attempts == 0 ? 0 : (double) m.errors() / attempts);
        if (late == null || late.count() == 0) {
            return m.with(m.note(), values);
        }
        values.put(MetricNames.IO_DELAY_LATE_P99_MS, late.p99Ms());
        values.put("delay_late_over_5ms", (double) late.over5Ms());
        double bound = driftBound(delay);
        if (late.p99Ms() > bound) {
            return m.asFlagged(
                    (m.note()
                                    + String.format(
                                            " the delay service drifted: its timers fired %.1f ms late at p99 (bound %.1f ms),"
                                                    + " so this level's overhead is partly the lab's",
                                            late.p99Ms(), bound))
                            .strip(),
                    values);
        }
        return m.with(m.note(), values);
    }

    /** The lateness a level tolerates at p99: 2 ms, or 2% of a long delay. */
    static double driftBound(double delayMs) {
        return Math.max(Defaults.IO_DRIFT_MIN_MS, Defaults.IO_DRIFT_SHARE * delayMs);
    }
}
