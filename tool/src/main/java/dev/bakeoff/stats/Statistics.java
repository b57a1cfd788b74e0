package dev.bakeoff.stats;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Medians and 95% intervals. Between rounds (separate processes): a Student t interval on the logarithms of
 * the values, for the median of a lognormal spread, whose coverage is what it says even with 3 rounds (a
 * percentile bootstrap over 3 values is just [min, max], which covers the median 75% of the time). Within one
 * process: percentile-bootstrap intervals with a fixed seed, so summaries are reproducible.
 */
public final class Statistics {
    private Statistics() {}

    /** A median with its 95% interval. */
    record Estimate(double median, double low, double high, int n) {}

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The values that were measured (NaN marks a missing one). */
    private static double[] measured(List<Double> values) {
        return values.stream()
                .mapToDouble(Double::doubleValue)
                .filter(d -> !Double.isNaN(d))
                .toArray();
    }

    /**
     * The median of {@code values} (one per round) with a 95% interval for the median of the distribution they
     * come from: a t interval on log values (exact for lognormal spread, the usual shape of throughput and
     * latency across processes), or on the raw values when one is not positive. One value: zero width.
     */
    static Estimate betweenRounds(List<Double> values) {
        double[] x = measured(values);
        double median = median(x);
        if (x.length < 2) {
            return new Estimate(median, median, median, x.length);
        }
        boolean positive = Arrays.stream(x).allMatch(v -> v > 0);
        double[] y = positive ? Arrays.stream(x).map(Math::log).toArray() : x;
        double mean = Arrays.stream(y).average().orElseThrow();
        double ss = Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum();
        double half = tQuantile975(y.length - 1) * Math.sqrt(ss / (y.length - 1) / y.length);
        double lo = positive ? Math.exp(mean - half) : mean - half;
        double hi = positive ? Math.exp(mean + half) : mean + half;
        return new Estimate(median, Math.min(lo, median), Math.max(hi, median), x.length);
    }

    /** Median of {@code values} with a bootstrap interval of the median; one value gives a zero-width interval. */
    static Estimate medianWithInterval(List<Double> values) {
        double[] x = measured(values);
        double median = median(x);
        if (x.length < 2) {
            return new Estimate(median, median, median, x.length);
        }
        double[] medians = new double[StatsDefaults.BOOTSTRAP_RESAMPLES];
        SplittableRandom random = new SplittableRandom(StatsDefaults.BOOTSTRAP_SEED);
        double[] resample = new double[x.length];
        for (int b = 0; b < medians.length; b++) {
            for (int i = 0; i < x.length; i++) {
                resample[i] = x[random.nextInt(x.length)];
            }
            medians[b] = median(resample);
        }
        Arrays.sort(medians);
        return new Estimate(median, percentile(medians, 2.5), percentile(medians, 97.5), x.length);
    }

    /**
     * The ratio of medians a/b with a bootstrap 95% interval: "a beats b by X% [lo, hi]"; an interval
     * that contains 1 means no significant difference.
     */
    static Estimate ratio(List<Double> a, List<Double> b) {
        double[] x = a.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = b.stream().mapToDouble(Double::doubleValue).toArray();
        if (x.length == 0 || y.length == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double point = median(x) / median(y);
        double[] ratios = new double[StatsDefaults.BOOTSTRAP_RESAMPLES];
        SplittableRandom random = new SplittableRandom(StatsDefaults.BOOTSTRAP_SEED);
        double[] rx = new double[x.length];
        double[] ry = new double[y.length];
        for (int r = 0; r < ratios.length; r++) {
            for (int i = 0; i < x.length; i++) {
                rx[i] = x[random.nextInt(x.length)];
            }
            for (int i = 0; i < y.length; i++) {
                ry[i] = y[random.nextInt(y.length)];
            }
            ratios[r] = median(rx) / median(ry);
        }
        Arrays.sort(ratios);
        return new Estimate(point, percentile(ratios, 2.5), percentile(ratios, 97.5), Math.min(x.length, y.length));
    }

    /** Two-sided 95% points of Student's t for 1..30 degrees of freedom. */
    private static final double[] T975 = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042
    };

    /** The 97.5% quantile of Student's t with {@code df} degrees of freedom (table to 30, then Cornish-Fisher). */
    public static double tQuantile975(int df) {
        if (df < 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (df <= T975.length) {
            return T975[df - 1];
        }
        double z = 1.959964;
        return z + (z * z * z + z) / (4.0 * df) + (5 * Math.pow(z, 5) + 16 * z * z * z + 3 * z) / (96.0 * df * df);
    }

    static double percentile(double[] sorted, double p) {
        double rank = p / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }
}
