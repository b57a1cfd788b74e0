package dev.bakeoff.model;

/**
 * One measured figure of one stack on one workload, summarised over the trials of a run: the median
 * with its 95% confidence interval. This is what the advisor and the reports read.
 *
 * @param name           a metric name from {@link MetricNames}
 * @param low            lower bound of the 95% interval (equal to median with one trial)
 * @param higherIsBetter true for throughput-like figures, false for latency, memory and time
 * @param flagged        the measurement is not trustworthy as evidence (load generator saturated,
 *                       error rate over its bound, or a failed cell); {@code note} says why
 */
public record Metric(
        String stack,
        Workload workload,
        String name,
        double median,
        double low,
        double high,
        String unit,
        boolean higherIsBetter,
        int trials,
        boolean flagged,
        String note) {

    /** Whether this metric and {@code other} differ beyond both intervals (else: a tie). */
    public boolean differsFrom(Metric other) {
        return low > other.high || high < other.low;
    }
}
