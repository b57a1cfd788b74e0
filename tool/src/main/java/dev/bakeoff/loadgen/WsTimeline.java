package dev.bakeoff.loadgen;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/** The per-second timeline of a WebSocket run, and the result built from its aggregator. */
final class WsTimeline {
    private final Progress progress;
    private final List<IntervalStats> intervals = new ArrayList<>();
    private long lastDelivered;
    private long lastErrors;

    WsTimeline(Progress progress) {
        this.progress = progress;
    }

    void add(IntervalAggregator aggregator, boolean warmup, double startSeconds, double lengthSeconds) {
        long delivered = aggregator.sum(WsCounters.DELIVERED);
        long errors = aggregator.sum(WsCounters.CLOSED_EARLY) + aggregator.sum(WsCounters.DUPLICATED);
        progress.onIntervalHistogram("deliveries", aggregator.intervalCorrected(0));
        IntervalStats stats = new IntervalStats(
                warmup,
                startSeconds,
                lengthSeconds,
                delivered - lastDelivered,
                errors - lastErrors,
                SpectrumText.valueAt(aggregator.intervalAllCorrected(), 50),
                SpectrumText.valueAt(aggregator.intervalAllCorrected(), 99),
                SpectrumText.valueAt(aggregator.intervalAllUncorrected(), 99));
        lastDelivered = delivered;
        lastErrors = errors;
        intervals.add(stats);
        progress.onInterval(stats);
    }

    WsResult result(
            WsLoad load,
            IntervalAggregator aggregator,
            long opened,
            long notOpened,
            long publishedInMeasured,
            long cpuNanos,
            long measuredNanos,
            long heapBaseline,
            long heapUsed,
            int threads) {
        long published = aggregator.sum(WsCounters.PUBLISHED);
        long expected = published * Math.max(0, opened - 1);
        long delivered = aggregator.sum(WsCounters.DELIVERED);
        Deliveries deliveries = new Deliveries(
                published,
                expected,
                delivered,
                Math.max(0, expected - delivered),
                aggregator.sum(WsCounters.DUPLICATED),
                aggregator.sum(WsCounters.OUT_OF_ORDER));
        double seconds = Math.max(1e-3, measuredNanos / 1e9);
        double cpuSeconds = cpuNanos / 1e9;
        List<String> reasons = new ArrayList<>();
        double cpuShare = cpuSeconds
                / (seconds * Math.max(1, Math.min(threads, Runtime.getRuntime().availableProcessors())));
        if (cpuShare >= Defaults.SATURATION_CPU_SHARE) {
            reasons.add(String.format("load generator CPU at %.0f%% of its cores", cpuShare * 100));
        }
        Histogram lateness = aggregator.measuredLateness();
        if (lateness.getTotalCount() > 0 && lateness.getValueAtPercentile(99) > Defaults.SATURATION_LATENESS_MICROS) {
            reasons.add(String.format(
                    "publishes ran behind schedule: p99 lateness %.1f ms", lateness.getValueAtPercentile(99) / 1000.0));
        }
        return new WsResult(
                load,
                (int) opened,
                aggregator.sum(WsCounters.CONNECT_ERRORS)
                        + Math.max(0, notOpened - aggregator.sum(WsCounters.CONNECT_ERRORS)),
                aggregator.sum(WsCounters.CLOSED_EARLY),
                deliveries,
                aggregator.measuredCorrected(0),
                aggregator.measuredUncorrected(0),
                publishedInMeasured / seconds,
                intervals,
                cpuSeconds,
                lateness.copy(),
                !reasons.isEmpty(),
                String.join("; ", reasons),
                heapBaseline,
                heapUsed,
                Transport.name());
    }
}
