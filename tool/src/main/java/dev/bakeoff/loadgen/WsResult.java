package dev.bakeoff.loadgen;

import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * What one WebSocket load measured.
 *
 * @param load the definition that ran
 * @param connectionsOpened connections whose handshake completed
 * @param connectErrors connects or handshakes that failed
 * @param closedEarly connections the server closed before the load ended
 * @param deliveries message accounting over the whole run (warmup included)
 * @param correctedMicros publish-to-receive latency from the intended publish time, measured phase
 * @param uncorrectedMicros publish-to-receive latency from the actual publish time, measured phase
 * @param achievedPublishRatePerSecond publishes per second in the measured phase
 * @param timeline one entry per interval (completed = deliveries), warmup included (flagged)
 * @param cpuSeconds the generator process's CPU time during the measured phase
 * @param sendLatenessMicros how late the generator's pacer woke for publishes (its own delay,
 *     included in corrected latency), measured phase
 * @param saturated the generator could not keep up; the numbers are not evidence
 * @param saturationReason why it is flagged, or empty
 * @param heapBaselineBytes generator heap used after GC before connecting
 * @param heapUsedBytes generator heap used after GC with every connection open
 * @param transport "epoll" or "nio"
 */
public record WsResult(
        WsLoad load,
        int connectionsOpened,
        long connectErrors,
        long closedEarly,
        Deliveries deliveries,
        Histogram correctedMicros,
        Histogram uncorrectedMicros,
        double achievedPublishRatePerSecond,
        List<IntervalStats> timeline,
        double cpuSeconds,
        Histogram sendLatenessMicros,
        boolean saturated,
        String saturationReason,
        long heapBaselineBytes,
        long heapUsedBytes,
        String transport) {

    public WsResult {
        timeline = List.copyOf(timeline);
    }

    /** Heap per open connection, from the two after-GC readings. */
    public double heapBytesPerConnection() {
        return connectionsOpened == 0 ? 0 : (double) (heapUsedBytes - heapBaselineBytes) / connectionsOpened;
    }
}
