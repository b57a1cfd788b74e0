package dev.bakeoff.loadgen;

import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * What one HTTP load measured. Histograms cover the measured phase (plus responses that arrived in
 * the bounded drain after it); rates cover the measured phase only.
 *
 * @param load the definition that ran
 * @param classes per request class, in the mix's order
 * @param correctedMicros all classes together, from intended send times
 * @param uncorrectedMicros all classes together, from actual send times
 * @param errors errors by class in the measured phase and drain
 * @param completed responses in the measured phase
 * @param measuredSeconds length of the measured phase
 * @param achievedRatePerSecond {@code completed / measuredSeconds}
 * @param timeline one entry per interval, warmup included (flagged)
 * @param measuredRates throughput of the measured phase in slices of about a tenth of it, for its trend
 * @param cpuSeconds the generator process's CPU time during the measured phase
 * @param sendLatenessMicros how late the generator's pacer woke for sends that had to wait (its
 *     own delay, included in corrected latency), measured phase
 * @param saturated the generator could not keep up; the numbers are not evidence
 * @param saturationReason why it is flagged, or empty
 * @param transport "epoll" or "nio"
 */
public record HttpResult(
        HttpLoad load,
        List<ClassResult> classes,
        Histogram correctedMicros,
        Histogram uncorrectedMicros,
        ErrorCounts errors,
        long completed,
        double measuredSeconds,
        double achievedRatePerSecond,
        List<IntervalStats> timeline,
        RateSeries measuredRates,
        double cpuSeconds,
        Histogram sendLatenessMicros,
        boolean saturated,
        String saturationReason,
        String transport) {

    public HttpResult {
        classes = List.copyOf(classes);
        timeline = List.copyOf(timeline);
    }

    /** How long the unmeasured warmup ran: all of it, or until throughput was steady. */
    public double warmupSeconds() {
        return timeline.stream()
                .filter(IntervalStats::warmup)
                .mapToDouble(IntervalStats::lengthSeconds)
                .sum();
    }

    /** Generator CPU seconds per 100,000 responses, the figure compared with wrk. */
    public double cpuSecondsPer100k() {
        return completed == 0 ? 0 : cpuSeconds * 100_000.0 / completed;
    }
}
