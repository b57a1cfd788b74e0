package dev.bakeoff.model;

import java.util.List;
import java.util.Map;

/**
 * What one trial of one plan step yielded for one stack, built by name with {@link #of} (the canonical
 * constructor is for the store's JSON alone: ArchitectureTest keeps it so, since a swapped pair of its
 * doubles would compile). Latencies in microseconds; histograms kept
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
        return toBuilder().note(newNote).values(newValues).build();
    }

    /** This measurement flagged (not evidence) for {@code why}, with other figures. */
    public Measurement asFlagged(String why, Map<String, Double> newValues) {
        return toBuilder().flagged(true).note(why).values(newValues).build();
    }

    /** A cell that ran but has no load figures of its own (e.g. a search that found nothing); the app is fine. */
    public static Measurement empty(String stack, Workload workload, String level, int round) {
        return of(stack, workload, level, round).build();
    }

    /** A cell that could not be measured; {@code why} carries the app's last log lines when there are any. */
    public static Measurement failed(String stack, Workload workload, String level, int round, String why) {
        return of(stack, workload, level, round).failed(why).build();
    }

    /** A builder for the cell of {@code stack} x {@code workload} x {@code level} in {@code round}: ok, no figures. */
    public static Builder of(String stack, Workload workload, String level, int round) {
        return new Builder(stack, workload, level, round);
    }

    /** A builder holding every field of this measurement. */
    public Builder toBuilder() {
        Builder b = new Builder(stack, workload, level, round);
        b.ok = ok;
        b.flagged = flagged;
        b.note = note;
        b.targetRate = targetRate;
        b.achievedRate = achievedRate;
        b.completed = completed;
        b.errors = errors;
        b.errorsByClass = errorsByClass;
        b.corrected = corrected;
        b.uncorrected = uncorrected;
        b.appCpuShare = appCpuShare;
        b.appPeakRssMib = appPeakRssMib;
        b.appMeanRssMib = appMeanRssMib;
        b.loadgenCpuShare = loadgenCpuShare;
        b.rateSamples = rateSamples;
        b.p99Samples = p99Samples;
        b.values = values;
        b.histograms = histograms;
        return b;
    }

    /** Every figure set by its name; what is not set is zero, empty or {@link Latency#NONE}. Not thread-safe. */
    public static final class Builder {
        private final String stack;
        private final Workload workload;
        private final String level;
        private final int round;
        private boolean ok = true;
        private boolean flagged;
        private String note = "";
        private double targetRate;
        private double achievedRate;
        private long completed;
        private long errors;
        private Map<String, Long> errorsByClass = Map.of();
        private Latency corrected = Latency.NONE;
        private Latency uncorrected = Latency.NONE;
        private double appCpuShare;
        private double appPeakRssMib;
        private double appMeanRssMib;
        private double loadgenCpuShare;
        private List<Double> rateSamples = List.of();
        private List<Double> p99Samples = List.of();
        private Map<String, Double> values = Map.of();
        private Map<String, String> histograms = Map.of();

        private Builder(String stack, Workload workload, String level, int round) {
            this.stack = stack;
            this.workload = workload;
            this.level = level;
            this.round = round;
        }

        /** The cell could not be measured, for {@code why}: not ok, and flagged so that it is never evidence. */
        public Builder failed(String why) {
            ok = false;
            flagged = true;
            note = why;
            return this;
        }

        public Builder flagged(boolean isFlagged) {
            flagged = isFlagged;
            return this;
        }

        public Builder note(String text) {
            note = text;
            return this;
        }

        public Builder targetRate(double perSecond) {
            targetRate = perSecond;
            return this;
        }

        public Builder achievedRate(double perSecond) {
            achievedRate = perSecond;
            return this;
        }

        public Builder completed(long answers) {
            completed = answers;
            return this;
        }

        public Builder errors(long total, Map<String, Long> byClass) {
            errors = total;
            errorsByClass = byClass;
            return this;
        }

        public Builder corrected(Latency latency) {
            corrected = latency;
            return this;
        }

        public Builder uncorrected(Latency latency) {
            uncorrected = latency;
            return this;
        }

        public Builder appCpuShare(double share) {
            appCpuShare = share;
            return this;
        }

        public Builder appPeakRssMib(double mib) {
            appPeakRssMib = mib;
            return this;
        }

        public Builder appMeanRssMib(double mib) {
            appMeanRssMib = mib;
            return this;
        }

        public Builder loadgenCpuShare(double share) {
            loadgenCpuShare = share;
            return this;
        }

        public Builder rateSamples(List<Double> perSecond) {
            rateSamples = perSecond;
            return this;
        }

        public Builder p99Samples(List<Double> micros) {
            p99Samples = micros;
            return this;
        }

        public Builder values(Map<String, Double> byMetricName) {
            values = byMetricName;
            return this;
        }

        public Builder histograms(Map<String, String> encodedByName) {
            histograms = encodedByName;
            return this;
        }

        public Measurement build() {
            return new Measurement(
                    stack,
                    workload,
                    level,
                    round,
                    ok,
                    flagged,
                    note,
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
                    values,
                    histograms);
        }
    }
}
