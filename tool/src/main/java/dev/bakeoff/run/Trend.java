package dev.bakeoff.run;

import dev.bakeoff.loadgen.RateSeries;
import dev.bakeoff.stats.Statistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Self-check of a measured phase: whether its throughput was still rising. A least-squares line through
 * the phase's short slices; the phase is "still warming" when the line rises more than {@link #TOLERANCE}
 * over the phase and the slope is beyond its own noise (t above the two-sided 95% point of Student's t).
 * Such a phase measured a runtime that had not finished compiling, and is not evidence.
 *
 * <p>Slices far below the phase's median ({@link #DIP_MADS} scaled median absolute deviations) are left out of the
 * line first: a stall (the load generator or the machine pausing ~175 ms) empties one or two slices, and a dip at
 * the phase's start reads to least squares as a climb (run 20261204-130810's node-fastify sweep: "rose 80%, t =
 * 2.5" from a level phase). A real climb spreads over the slices and keeps them within a few deviations.
 */
final class Trend {
    /** A rise over the phase always accepted: the steady-state test's own tolerance. */
    static final double TOLERANCE = 0.03;

    /** How far below the median (in scaled MADs, about standard deviations) a slice is a dip, not the trend. */
    static final double DIP_MADS = 3.5;

    private Trend() {}

    /** The fitted rise over the phase (relative to its mean) and the slope's t statistic. */
    record Fit(double rise, double t, int slices, int dips) {}

    static Optional<Fit> fit(RateSeries series) {
        RateSeries kept = withoutDips(series);
        int n = kept.perSecond().size();
        int dips = series.perSecond().size() - n;
        if (n < 4) {
            return Optional.empty();
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += kept.midSeconds().get(i);
            my += kept.perSecond().get(i);
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double dx = kept.midSeconds().get(i) - mx;
            sxx += dx * dx;
            sxy += dx * (kept.perSecond().get(i) - my);
        }
        if (sxx <= 0 || my <= 0) {
            return Optional.empty();
        }
        double slope = sxy / sxx;
        double residuals = 0;
        for (int i = 0; i < n; i++) {
            double e = kept.perSecond().get(i) - my - slope * (kept.midSeconds().get(i) - mx);
            residuals += e * e;
        }
        double se = Math.sqrt(residuals / (n - 2) / sxx);
        double span = kept.midSeconds().get(n - 1) - kept.midSeconds().get(0);
        double t = se == 0 ? (slope == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, slope)) : slope / se;
        return Optional.of(new Fit(slope * span / my, t, n, dips));
    }

    /** Why the phase is not evidence, or empty when it was not rising beyond its noise. */
    static Optional<String> stillWarming(RateSeries series) {
        return fit(series)
                .filter(f -> f.rise() > TOLERANCE && f.t() > Statistics.tQuantile975(f.slices() - 2))
                .map(f -> String.format(
                        "still warming: throughput rose %.0f%% over the measured phase (t = %.1f over %d slices%s),"
                                + " beyond its noise (a runtime still compiling, or a machine busy elsewhere)",
                        f.rise() * 100, f.t(), f.slices(), f.dips() == 0 ? "" : ", " + f.dips() + " stalled left out"));
    }

    /** The series without its dips: slices more than {@link #DIP_MADS} scaled MADs below the median. */
    static RateSeries withoutDips(RateSeries series) {
        List<Double> rates = series.perSecond();
        if (rates.size() < 4) {
            return series;
        }
        double median = median(rates);
        double mad =
                1.4826 * median(rates.stream().map(r -> Math.abs(r - median)).toList());
        if (mad <= 0) {
            return series;
        }
        List<Double> mids = new ArrayList<>();
        List<Double> kept = new ArrayList<>();
        for (int i = 0; i < rates.size(); i++) {
            if (rates.get(i) >= median - DIP_MADS * mad) {
                mids.add(series.midSeconds().get(i));
                kept.add(rates.get(i));
            }
        }
        return new RateSeries(mids, kept);
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
