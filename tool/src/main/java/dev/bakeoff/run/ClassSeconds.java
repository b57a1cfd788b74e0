package dev.bakeoff.run;

import dev.bakeoff.loadgen.IntervalStats;
import dev.bakeoff.loadgen.Progress;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Keeps each request class's corrected p99 of every measured second, passing progress on. Tail latency
 * comes in bursts, so the spread of per-second p99s is what an interval for a one-round p99 needs.
 * Stored in a measurement's values as {@code p99_us:<class>#<second>}, which stats.Observations reads back.
 */
final class ClassSeconds implements Progress {
    private final Progress next;
    private final Map<String, Long> pending = new LinkedHashMap<>();
    private final Map<String, Double> values = new HashMap<>();
    private int second;

    ClassSeconds(Progress next) {
        this.next = next;
    }

    @Override
    public void onIntervalHistogram(String className, Histogram correctedMicros) {
        if (correctedMicros.getTotalCount() > 0) {
            pending.put(className, correctedMicros.getValueAtPercentile(99));
        }
        next.onIntervalHistogram(className, correctedMicros);
    }

    @Override
    public void onInterval(IntervalStats stats) {
        if (!stats.warmup()) {
            pending.forEach((name, p99) -> values.put("p99_us:" + name + "#" + second, (double) p99));
            second++;
        }
        pending.clear();
        next.onInterval(stats);
    }

    Map<String, Double> values() {
        return values;
    }
}
