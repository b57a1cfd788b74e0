package dev.bakeoff.report;

import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workload;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Latency by percentile from the stored HdrHistograms (all rounds of a step merged), as the HdrHistogram
 * plot draws it: x is 1/(1-p), so 90%, 99%, 99.9% are evenly spaced on a log axis. Decodes the stored
 * form itself, because the report room may not use the stats room.
 */
final class LatencyCurves {
    /** Half-distance ticks per decade of the percentile axis, as HdrHistogram's own .hgrm output uses. */
    private static final int TICKS_PER_HALF = 5;

    private LatencyCurves() {}

    static List<Chart.Series> of(StoredRun run, List<String> stacks, Workload w, String level, String name) {
        List<Chart.Series> series = new ArrayList<>();
        for (String stack : stacks) {
            Histogram merged = null;
            for (Measurement m : run.measurements()) {
                String encoded = m.histograms().get(name);
                if (!m.stack().equals(stack) || m.workload() != w || !m.level().equals(level) || encoded == null) {
                    continue;
                }
                Histogram h = decode(encoded);
                if (merged == null) {
                    merged = h;
                } else {
                    merged.add(h);
                }
            }
            if (merged != null && merged.getTotalCount() > 0) {
                series.add(new Chart.Series(stack, points(merged)));
            }
        }
        return series;
    }

    static List<Chart.Point> points(Histogram h) {
        List<Chart.Point> points = new ArrayList<>();
        for (HistogramIterationValue v : h.percentiles(TICKS_PER_HALF)) {
            double p = v.getPercentileLevelIteratedTo() / 100.0;
            if (p >= 1.0) {
                break; // 1/(1-p) is infinite at 100%: the plot ends at the last finite percentile
            }
            double ms = h.highestEquivalentValue(v.getValueIteratedTo()) / 1000.0;
            double x = 1.0 / (1.0 - p);
            points.add(new Chart.Point(x, ms, ms, ms));
        }
        return points;
    }

    static Histogram decode(String encoded) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(
                    ByteBuffer.wrap(Base64.getDecoder().decode(encoded)), 0);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new IllegalArgumentException("a stored histogram does not decode: " + e.getMessage(), e);
        }
    }
}
