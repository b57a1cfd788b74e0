package dev.bakeoff.stats;

import dev.bakeoff.model.Measurement.Latency;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/** HdrHistogram to and from the compressed, base64 form stored with each trial. */
public final class Histograms {
    private Histograms() {}

    public static String encode(Histogram h) {
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), length));
    }

    static Histogram decode(String encoded) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(
                    ByteBuffer.wrap(Base64.getDecoder().decode(encoded)), 0);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("a stored histogram does not decode: " + e.getMessage(), e);
        }
    }

    /**
     * A distribution-free 95% interval of the {@code pct} percentile of the recorded values, in the
     * histogram's unit: the values at ranks n*p -/+ 1.96*sqrt(n*p*(1-p)) (order statistics). It treats
     * requests as independent, so it is an interval within one trial, not between trials.
     */
    static double[] percentileInterval(Histogram h, double pct) {
        long n = h.getTotalCount();
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double p = pct / 100;
        double sd = Math.sqrt(n * p * (1 - p));
        double lo = Math.max(0, n * p - 1.96 * sd) / n * 100;
        double hi = Math.min(n, n * p + 1.96 * sd + 1) / n * 100;
        return new double[] {h.getValueAtPercentile(lo), h.getValueAtPercentile(Math.min(100, hi))};
    }

    public static Latency latency(Histogram h) {
        if (h.getTotalCount() == 0) {
            return Latency.NONE;
        }
        return new Latency(
                h.getValueAtPercentile(50),
                h.getValueAtPercentile(90),
                h.getValueAtPercentile(99),
                h.getValueAtPercentile(99.9),
                h.getMaxValue(),
                h.getMean());
    }
}
