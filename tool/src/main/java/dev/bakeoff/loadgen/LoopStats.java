package dev.bakeoff.loadgen;

import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * The statistics one event loop records: a corrected and an uncorrected latency recorder per
 * series (request class, or deliveries), a recorder of pacer lateness, and plain counters.
 *
 * <p>Implementation notes: exactly one writer, the event loop that owns it; the reporter thread
 * reads by swapping the recorders' interval histograms and by reading the counters. Recording
 * does not allocate or lock (SingleWriterRecorder is wait-free for its writer), and counters are
 * published with a release store instead of an atomic add because there is only one writer.
 */
final class LoopStats {
    private final SingleWriterRecorder[] corrected;
    private final SingleWriterRecorder[] uncorrected;
    /** Per request class of a mix, the corrected latency of its requests that met another class (empty otherwise). */
    private final SingleWriterRecorder[] beside;

    private final SingleWriterRecorder latenessMicros;
    private final AtomicLongArray counters;

    LoopStats(int series, int counterCount) {
        this(series, counterCount, false);
    }

    /** {@code beside}: also record, per series, the requests that met another class ({@link Beside}). */
    LoopStats(int series, int counterCount, boolean beside) {
        this.beside = new SingleWriterRecorder[beside ? series : 0];
        for (int s = 0; s < this.beside.length; s++) {
            this.beside[s] = newRecorder();
        }
        corrected = new SingleWriterRecorder[series];
        uncorrected = new SingleWriterRecorder[series];
        for (int s = 0; s < series; s++) {
            corrected[s] = newRecorder();
            uncorrected[s] = newRecorder();
        }
        latenessMicros = newRecorder();
        counters = new AtomicLongArray(counterCount);
    }

    static SingleWriterRecorder newRecorder() {
        return new SingleWriterRecorder(1, Defaults.HIGHEST_TRACKABLE_MICROS, Defaults.SIGNIFICANT_DIGITS);
    }

    static Histogram newHistogram() {
        return new Histogram(1, Defaults.HIGHEST_TRACKABLE_MICROS, Defaults.SIGNIFICANT_DIGITS);
    }

    /** Writer only. Records one latency pair, clamped to the trackable range. */
    void record(int series, long correctedNanos, long uncorrectedNanos) {
        corrected[series].recordValue(micros(correctedNanos));
        uncorrected[series].recordValue(micros(uncorrectedNanos));
    }

    /** Writer only. Records the corrected latency of a request that met one of another class. */
    void recordBeside(int series, long correctedNanos) {
        beside[series].recordValue(micros(correctedNanos));
    }

    /** Writer only. Records how late a pacer wake-up ran (the generator's own lag). */
    void recordLateness(long latenessNanos) {
        latenessMicros.recordValue(micros(latenessNanos));
    }

    /** Writer only. */
    void add(int counter, long delta) {
        counters.setRelease(counter, counters.getPlain(counter) + delta);
    }

    /** Any thread. */
    long get(int counter) {
        return counters.getAcquire(counter);
    }

    int series() {
        return corrected.length;
    }

    Histogram swapCorrected(int series, Histogram recycle) {
        return corrected[series].getIntervalHistogram(recycle);
    }

    Histogram swapUncorrected(int series, Histogram recycle) {
        return uncorrected[series].getIntervalHistogram(recycle);
    }

    boolean hasBeside() {
        return beside.length > 0;
    }

    Histogram swapBeside(int series, Histogram recycle) {
        return beside[series].getIntervalHistogram(recycle);
    }

    Histogram swapLateness(Histogram recycle) {
        return latenessMicros.getIntervalHistogram(recycle);
    }

    private static long micros(long nanos) {
        return Math.min(Defaults.HIGHEST_TRACKABLE_MICROS, Math.max(1, nanos / 1000));
    }
}
