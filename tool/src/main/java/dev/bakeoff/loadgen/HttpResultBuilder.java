package dev.bakeoff.loadgen;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/** Turns the counters and histograms of a finished HTTP run into its {@link HttpResult}. */
final class HttpResultBuilder {
    private final HttpLoad load;
    private final List<RequestClass> classes;
    private final List<Lane> lanes;
    private final IntervalAggregator aggregator;
    private final long[] atWarmupEnd;
    private final long[] atClose;

    HttpResultBuilder(
            HttpLoad load,
            List<RequestClass> classes,
            List<Lane> lanes,
            IntervalAggregator aggregator,
            long[] atWarmupEnd,
            long[] atClose) {
        this.load = load;
        this.classes = classes;
        this.lanes = lanes;
        this.aggregator = aggregator;
        this.atWarmupEnd = atWarmupEnd;
        this.atClose = atClose;
    }

    /** {@code measuredSeconds}: the measured phase as it ran (shorter than the duration when stopped). */
    HttpResult build(
            List<IntervalStats> timeline, RateSeries series, long cpuNanos, int threads, double measuredSeconds) {
        List<ClassResult> results = new ArrayList<>();
        Histogram allCorrected = LoopStats.newHistogram();
        Histogram allUncorrected = LoopStats.newHistogram();
        long completed = 0;
        long non2xx = 0;
        double seconds = Math.max(measuredSeconds, 1e-9);
        for (int c = 0; c < classes.size(); c++) {
            long classCompleted = closed(HttpCounters.completedMeasured(c));
            long classNon2xx = closed(HttpCounters.non2xxMeasured(c));
            Histogram corrected = aggregator.measuredCorrected(c);
            Histogram uncorrected = aggregator.measuredUncorrected(c);
            results.add(new ClassResult(
                    classes.get(c).name(),
                    classCompleted,
                    classNon2xx,
                    corrected,
                    uncorrected,
                    Lane.planned(lanes, c, seconds),
                    aggregator.measuredBeside(c)));
            allCorrected.add(corrected);
            allUncorrected.add(uncorrected);
            completed += classCompleted;
            non2xx += classNon2xx;
        }
        ErrorCounts errors = new ErrorCounts(
                closed(HttpCounters.CONNECT),
                closed(HttpCounters.TIMEOUT),
                closed(HttpCounters.RESET),
                non2xx,
                closed(HttpCounters.PROTOCOL));
        double cpuSeconds = cpuNanos / 1e9;
        String saturation = saturation(cpuSeconds / (seconds * Math.max(1, Math.min(threads, cores()))));
        return new HttpResult(
                load,
                results,
                allCorrected,
                allUncorrected,
                errors,
                completed,
                seconds,
                completed / seconds,
                timeline,
                series,
                cpuSeconds,
                aggregator.measuredLateness().copy(),
                !saturation.isEmpty(),
                saturation,
                Transport.name());
    }

    private String saturation(double cpuShare) {
        List<String> reasons = new ArrayList<>();
        if (cpuShare >= Defaults.SATURATION_CPU_SHARE) {
            reasons.add(String.format("load generator CPU at %.0f%% of its cores", cpuShare * 100));
        }
        Histogram lateness = aggregator.measuredLateness();
        if (lateness.getTotalCount() > 0 && lateness.getValueAtPercentile(99) > Defaults.SATURATION_LATENESS_MICROS) {
            reasons.add(String.format(
                    "sends ran behind schedule: p99 lateness %.1f ms", lateness.getValueAtPercentile(99) / 1000.0));
        }
        return String.join("; ", reasons);
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private long closed(int counter) {
        return atClose[counter] - atWarmupEnd[counter];
    }
}
