package dev.bakeoff.loadgen;

import dev.bakeoff.model.BadInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Writes each interval's corrected histograms to an HdrHistogram interval log (one entry per
 * request class per second, tagged with the class name), then passes progress on to {@code next}.
 * Readable with HdrHistogram's HistogramLogReader and HdrHistogram's plotting tools.
 */
public final class IntervalLog implements Progress, AutoCloseable {
    private final PrintStream file;
    private final HistogramLogWriter writer;
    private final Progress next;

    private IntervalLog(PrintStream file, Progress next) {
        this.file = file;
        this.writer = new HistogramLogWriter(file);
        this.next = next;
        writer.outputLogFormatVersion();
        writer.outputComment("bakeoff load: corrected latency in microseconds, one histogram per class per second");
        writer.outputStartTime(System.currentTimeMillis());
        writer.outputLegend();
    }

    public static IntervalLog open(Path path, String where, Progress next) {
        try {
            return new IntervalLog(new PrintStream(path.toFile(), StandardCharsets.UTF_8), next);
        } catch (IOException e) {
            throw new BadInputException(where, "cannot write " + path + ": " + e.getMessage(), "check the directory");
        }
    }

    @Override
    public void onIntervalHistogram(String className, Histogram correctedMicros) {
        correctedMicros.setTag(className);
        writer.outputIntervalHistogram(correctedMicros);
        correctedMicros.setTag(null);
        next.onIntervalHistogram(className, correctedMicros);
    }

    @Override
    public void onInterval(IntervalStats stats) {
        next.onInterval(stats);
    }

    @Override
    public void close() {
        file.close();
    }
}
