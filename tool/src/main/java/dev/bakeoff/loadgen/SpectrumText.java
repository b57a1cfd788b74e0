package dev.bakeoff.loadgen;

import java.io.PrintStream;
import java.util.List;
import org.HdrHistogram.Histogram;

/** The text blocks of the wrk2-style report; histograms are in microseconds. */
final class SpectrumText {
    private static final double[] PERCENTILES = {50, 75, 90, 99, 99.9, 99.99, 99.999, 100};

    private SpectrumText() {}

    static void distribution(PrintStream out, String title, Histogram micros) {
        out.println("  " + title);
        for (double p : PERCENTILES) {
            out.printf("%7.3f%% %9s%n", p, duration(valueAt(micros, p)));
        }
    }

    /** HdrHistogram's own percentile spectrum, in milliseconds, as wrk2 prints it. */
    static void spectrum(PrintStream out, Histogram micros) {
        out.println("  Detailed Percentile spectrum:");
        if (micros.getTotalCount() == 0) {
            out.println("  (no samples)");
            return;
        }
        micros.outputPercentileDistribution(out, 5, 1000.0);
    }

    static void classTable(PrintStream out, List<ClassResult> classes) {
        out.println("  Per request class (corrected p50 / p99 / max; uncorrected p99):");
        int width = classes.stream().mapToInt(c -> c.name().length()).max().orElse(4);
        for (ClassResult c : classes) {
            out.printf(
                    "    %-" + width + "s %9d req %9s %9s %9s   %9s   non-2xx %d%n",
                    c.name(),
                    c.completed(),
                    duration(valueAt(c.correctedMicros(), 50)),
                    duration(valueAt(c.correctedMicros(), 99)),
                    duration(c.correctedMicros().getMaxValue()),
                    duration(valueAt(c.uncorrectedMicros(), 99)),
                    c.non2xx());
        }
    }

    static long valueAt(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? 0 : micros.getValueAtPercentile(percentile);
    }

    /** wrk-style: microseconds below 1 ms, milliseconds below 1 s, then seconds. */
    static String duration(long micros) {
        if (micros < 1000) {
            return String.format("%.2fus", (double) micros);
        }
        if (micros < 1_000_000) {
            return String.format("%.2fms", micros / 1000.0);
        }
        return String.format("%.2fs", micros / 1e6);
    }
}
