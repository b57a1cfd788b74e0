package dev.bakeoff.loadgen;

import org.HdrHistogram.Histogram;

/**
 * The measured phase of one request class.
 *
 * @param name the request class's name
 * @param completed responses received in the measured phase
 * @param non2xx of them, responses with a status outside 200-299
 * @param correctedMicros latency from the intended send time, microseconds
 * @param uncorrectedMicros service time from the actual send, microseconds
 * @param planned requests the open-model schedule planned for the measured phase (0 for the closed model)
 * @param besideCorrectedMicros of the corrected latencies, those of requests that met a request of another class
 *     of the mix ({@link Beside}); empty for a load of one class
 */
public record ClassResult(
        String name,
        long completed,
        long non2xx,
        Histogram correctedMicros,
        Histogram uncorrectedMicros,
        double planned,
        Histogram besideCorrectedMicros) {

    public ClassResult(
            String name, long completed, long non2xx, Histogram correctedMicros, Histogram uncorrectedMicros) {
        this(name, completed, non2xx, correctedMicros, uncorrectedMicros, 0, LoopStats.newHistogram());
    }
}
