package dev.bakeoff.loadgen;

import java.util.Arrays;

/**
 * The slice-to-slice noise of a throughput series, relative to its mean, estimated robustly: the median
 * absolute deviation of successive differences (scaled to a standard deviation, and by 1/sqrt(2) since a
 * difference carries the noise of two slices). A trend shifts every difference alike and so drops out;
 * a single dip moves two differences of many and so barely counts.
 */
final class Noise {
    private static final double MAD_TO_SD = 1.4826;

    private Noise() {}

    static double relative(double[] rates) {
        if (rates.length < 3) {
            return 0;
        }
        double[] diffs = new double[rates.length - 1];
        for (int i = 0; i < diffs.length; i++) {
            diffs[i] = rates[i + 1] - rates[i];
        }
        double center = median(diffs);
        double[] deviations =
                Arrays.stream(diffs).map(d -> Math.abs(d - center)).toArray();
        double mean = Arrays.stream(rates).average().orElse(0);
        return mean <= 0 ? 0 : MAD_TO_SD * median(deviations) / Math.sqrt(2) / mean;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
