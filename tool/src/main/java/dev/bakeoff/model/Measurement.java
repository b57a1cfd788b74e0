package dev.bakeoff.model;

import java.util.List;
import java.util.Map;

/**
 * What one trial of one plan step yielded for one stack. Latencies in microseconds; histograms kept
 * whole (HdrHistogram, compressed and base64-encoded) so that any report can be rebuilt later.
 *
 * @param round           the trial round (1-based)
 * @param ok              false when the cell failed (app crashed, hung, answered garbage); {@code note} says why
 * @param flagged         the numbers are not evidence (load generator saturated, errors over the bound)
 * @param rateSamples     per-second throughput of the measured phase (for intervals within one trial)
 * @param p99Samples      per-second corrected p99 of the measured phase, microseconds
 * @param values          the workload's figures by {@link MetricNames} name (e.g. {@code ready_ms})
 * @param histograms      by name (e.g. {@code corrected}, {@code uncorrected}, {@code corrected:json}), encoded
 */
public record Measurement(
        String stack,
        Workload workload,
        String level,
        int round,
        boolean ok,
        boolean flagged,
        String note,
        double targetRate,
        double achievedRate,
        long completed,
        long errors,
        Map<String, Long> errorsByClass,
        Latency corrected,
        Latency uncorrected,
        double appCpuShare,
        double appPeakRssMib,
        double appMeanRssMib,
        double loadgenCpuShare,
        List<Double> rateSamples,
        List<Double> p99Samples,
        Map<String, Double> values,
        Map<String, String> histograms) {

    public Measurement {
        errorsByClass = Map.copyOf(errorsByClass);
        rateSamples = List.copyOf(rateSamples);
        p99Samples = List.copyOf(p99Samples);
        values = Map.copyOf(values);
        histograms = Map.copyOf(histograms);
    }

    /** Percentiles of one latency histogram, microseconds. */
    public record Latency(long p50, long p90, long p99, long p999, long max, double mean) {
        public static final Latency NONE = new Latency(0, 0, 0, 0, 0, 0);
    }

    /** This measurement with another note and other figures; everything measured stays as it is. */
    public Measurement with(String newNote, Map<String, Double> newValues) {
        return copy(flagged, newNote, newValues);
    }

    /** This measurement flagged (not evidence) for {@code why}, with other figures. */
    public Measurement asFlagged(String why, Map<String, Double> newValues) {
        return copy(true, why, newValues);
    }

    private Measurement copy(boolean newFlagged, String newNote, Map<String, Double> newValues) {
        return new Measurement(
                stack,
                workload,
                level,
                round,
                ok,
                newFlagged,
                newNote,
                targetRate,
                achievedRate,
                completed,
                errors,
                errorsByClass,
                corrected,
                uncorrected,
                appCpuShare,
                appPeakRssMib,
                appMeanRssMib,
                loadgenCpuShare,
                rateSamples,
                p99Samples,
                newValues,
                histograms);
    }

    /** A cell that ran but has no load figures of its own (e.g. a search that found nothing); the app is fine. */
    public static Measurement empty(String stack, Workload workload, String level, int round) {
        return new Measurement(
                stack,
                workload,
                level,
                round,
                true,
                false,
                "",
                0,
                0,
                0,
                0,
                Map.of(),
                Latency.NONE,
                Latency.NONE,
                0,
                0,
                0,
                0,
                List.of(),
                List.of(),
                Map.of(),
                Map.of());
    }

    /** A cell that could not be measured; {@code why} carries the app's last log lines when there are any. */
    public static Measurement failed(String stack, Workload workload, String level, int round, String why) {
        return new Measurement(
                stack,
                workload,
                level,
                round,
                false,
                true,
                why,
                0,
                0,
                0,
                0,
                Map.of(),
                Latency.NONE,
                Latency.NONE,
                0,
                0,
                0,
                0,
                List.of(),
                List.of(),
                Map.of(),
                Map.of());
    }
}
