package dev.bakeoff.run;

import dev.bakeoff.loadgen.RateSeries;
import dev.bakeoff.stats.Statistics;
import java.util.Optional;

/**
 * Self-check of a measured phase: whether its throughput was still rising. A least-squares line through
 * the phase's short slices; the phase is "still warming" when the line rises more than {@link #TOLERANCE}
 * over the phase and the slope is beyond its own noise (t above the two-sided 95% point of Student's t).
 * Such a phase measured a runtime that had not finished compiling, and is not evidence.
 */
final class Trend {
    /** A rise over the phase always accepted: the steady-state test's own tolerance. */
    static final double TOLERANCE = 0.03;

    private Trend() {}

    /** The fitted rise over the phase (relative to its mean) and the slope's t statistic. */
    record Fit(double rise, double t, int slices) {}

    static Optional<Fit> fit(RateSeries series) {
        int n = series.perSecond().size();
        if (n < 4) {
            return Optional.empty();
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += series.midSeconds().get(i);
            my += series.perSecond().get(i);
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double dx = series.midSeconds().get(i) - mx;
            sxx += dx * dx;
            sxy += dx * (series.perSecond().get(i) - my);
        }
        if (sxx <= 0 || my <= 0) {
            return Optional.empty();
        }
        double slope = sxy / sxx;
        double residuals = 0;
        for (int i = 0; i < n; i++) {
            double e = series.perSecond().get(i)
                    - my
                    - slope * (series.midSeconds().get(i) - mx);
            residuals += e * e;
        }
        double se = Math.sqrt(residuals / (n - 2) / sxx);
        double span = series.midSeconds().get(n - 1) - series.midSeconds().get(0);
        double t = se == 0 ? (slope == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, slope)) : slope / se;
        return Optional.of(new Fit(slope * span / my, t, n));
    }

    /** Why the phase is not evidence, or empty when it was not rising beyond its noise. */
    static Optional<String> stillWarming(RateSeries series) {
        return fit(series)
                .filter(f -> f.rise() > TOLERANCE && f.t() > Statistics.tQuantile975(f.slices() - 2))
                .map(f -> String.format(
                        "still warming: throughput rose %.0f%% over the measured phase (t = %.1f over %d slices),"
                                + " beyond its noise (a runtime still compiling, or a machine busy elsewhere)",
                        f.rise() * 100, f.t(), f.slices()));
    }
}
