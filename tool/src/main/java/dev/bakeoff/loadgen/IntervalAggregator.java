package dev.bakeoff.loadgen;

import org.HdrHistogram.Histogram;

/**
 * Swaps the interval histograms out of every loop's recorders and sums them: per series for the
 * interval just ended, and cumulatively for the measured phase. Used only by the reporter thread.
 */
final class IntervalAggregator {
    private final LoopStats[] loops;
    private final Histogram[][] recycleCorrected;
    private final Histogram[][] recycleUncorrected;
    private final Histogram[] recycleLateness;
    private final Histogram[] intervalCorrected;
    private final Histogram[] intervalUncorrected;
    private final Histogram[] measuredCorrected;
    private final Histogram[] measuredUncorrected;
    /** Per series, the measured requests that met another class (none unless the loops record them). */
    private final Histogram[][] recycleBeside;

    private final Histogram[] measuredBeside;
    private final Histogram intervalAllCorrected = LoopStats.newHistogram();
    private final Histogram intervalAllUncorrected = LoopStats.newHistogram();
    private final Histogram measuredLateness = LoopStats.newHistogram();
    private long lastTickMillis = System.currentTimeMillis();

    IntervalAggregator(LoopStats[] loops) {
        this.loops = loops;
        int series = loops[0].series();
        recycleCorrected = new Histogram[loops.length][series];
        recycleUncorrected = new Histogram[loops.length][series];
        recycleLateness = new Histogram[loops.length];
        intervalCorrected = newHistograms(series);
        intervalUncorrected = newHistograms(series);
        measuredCorrected = newHistograms(series);
        measuredUncorrected = newHistograms(series);
        int beside = loops[0].hasBeside() ? series : 0;
        recycleBeside = new Histogram[loops.length][beside];
        measuredBeside = newHistograms(beside);
    }

    private static Histogram[] newHistograms(int count) {
        Histogram[] histograms = new Histogram[count];
        for (int i = 0; i < count; i++) {
            histograms[i] = LoopStats.newHistogram();
        }
        return histograms;
    }

    /** Ends an interval; its histograms count toward the measured totals when {@code measured}. */
    void tick(boolean measured) {
        long nowMillis = System.currentTimeMillis();
        intervalAllCorrected.reset();
        intervalAllUncorrected.reset();
        for (int s = 0; s < intervalCorrected.length; s++) {
            intervalCorrected[s].reset();
            intervalUncorrected[s].reset();
            for (int l = 0; l < loops.length; l++) {
                recycleCorrected[l][s] = loops[l].swapCorrected(s, recycleCorrected[l][s]);
                recycleUncorrected[l][s] = loops[l].swapUncorrected(s, recycleUncorrected[l][s]);
                intervalCorrected[s].add(recycleCorrected[l][s]);
                intervalUncorrected[s].add(recycleUncorrected[l][s]);
            }
            intervalCorrected[s].setStartTimeStamp(lastTickMillis);
            intervalCorrected[s].setEndTimeStamp(nowMillis);
            intervalAllCorrected.add(intervalCorrected[s]);
            intervalAllUncorrected.add(intervalUncorrected[s]);
            if (measured) {
                measuredCorrected[s].add(intervalCorrected[s]);
                measuredUncorrected[s].add(intervalUncorrected[s]);
            }
        }
        for (int s = 0; s < measuredBeside.length; s++) {
            for (int l = 0; l < loops.length; l++) {
                recycleBeside[l][s] = loops[l].swapBeside(s, recycleBeside[l][s]);
                if (measured) {
                    measuredBeside[s].add(recycleBeside[l][s]);
                }
            }
        }
        for (int l = 0; l < loops.length; l++) {
            recycleLateness[l] = loops[l].swapLateness(recycleLateness[l]);
            if (measured) {
                measuredLateness.add(recycleLateness[l]);
            }
        }
        lastTickMillis = nowMillis;
    }

    long sum(int counter) {
        long total = 0;
        for (LoopStats loop : loops) {
            total += loop.get(counter);
        }
        return total;
    }

    Histogram intervalCorrected(int series) {
        return intervalCorrected[series];
    }

    Histogram intervalAllCorrected() {
        return intervalAllCorrected;
    }

    Histogram intervalAllUncorrected() {
        return intervalAllUncorrected;
    }

    Histogram measuredCorrected(int series) {
        return measuredCorrected[series].copy();
    }

    Histogram measuredUncorrected(int series) {
        return measuredUncorrected[series].copy();
    }

    /** The measured requests of {@code series} that met another class; empty when none were recorded. */
    Histogram measuredBeside(int series) {
        return series < measuredBeside.length ? measuredBeside[series].copy() : LoopStats.newHistogram();
    }

    Histogram measuredLateness() {
        return measuredLateness;
    }
}
