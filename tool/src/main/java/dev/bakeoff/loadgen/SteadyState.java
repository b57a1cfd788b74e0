package dev.bakeoff.loadgen;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * When a closed-model warm-up may end before its full length: not before {@code minimum} (a runtime's
 * floor, from its measured warm-up curve), and then once the throughput has held level twice in a row.
 * The test looks at the last {@code 2 x slices} slices as two windows of {@code slices} each: each window,
 * and the two together, must show no change between its older and its newer half beyond the larger of
 * {@code tolerance} and twice the noise of that difference. Two-sided on purpose: a climb (a JIT compiling
 * on one core) is not steady, and neither is a dip (a collection, or a pause in the middle of compiling):
 * a brief plateau between two climbs must not pass. The noise is estimated robustly, from the median
 * absolute deviation of the slice-to-slice changes: one dip does not widen it, a steady climb has little
 * of it, and a noisy but flat server is not held back. The warm-up's own intervals are {@code slice} long.
 * Level throughput is not enough for a JIT runtime: {@code settled} is asked at every slice (so that it can
 * keep its own history) and must also say yes, e.g. once the JVM's compiler threads have gone quiet.
 *
 * @param slice length of one warm-up interval
 * @param slices slices in one window (even); 0 means a fixed warm-up ({@link #FIXED})
 * @param tolerance change between half-window means that is always accepted, whatever the noise
 * @param minimum the warm-up never ends before this
 * @param settled what else must hold at the end of the warm-up besides level throughput
 */
public record SteadyState(Duration slice, int slices, double tolerance, Duration minimum, BooleanSupplier settled) {
    private static final BooleanSupplier ALWAYS = () -> true;

    /** The whole warm-up, in one-second intervals. */
    public static final SteadyState FIXED = new SteadyState(Duration.ofSeconds(1), 0, 0, Duration.ZERO, ALWAYS);

    /** How many noise standard errors a change must exceed to count as one. */
    static final double Z = 2;

    public SteadyState(Duration slice, int slices, double tolerance) {
        this(slice, slices, tolerance, Duration.ZERO, ALWAYS);
    }

    public boolean fixed() {
        return slices == 0;
    }

    /** The same rule, never ending before {@code floor}. */
    public SteadyState withMinimum(Duration floor) {
        return new SteadyState(slice, slices, tolerance, floor, settled);
    }

    /** The same rule, also waiting for {@code condition} (asked once per slice). */
    public SteadyState withSettled(BooleanSupplier condition) {
        return new SteadyState(slice, slices, tolerance, minimum, condition);
    }

    /** The stretch the test looks at (two windows), and so the shortest a steady-state warm-up can be. */
    public Duration window() {
        Duration both = slice.multipliedBy(2L * slices);
        return both.compareTo(minimum) >= 0 ? both : minimum;
    }

    /** Whether the warm-up intervals seen so far end in two windows that held level. */
    boolean reached(List<IntervalStats> timeline) {
        int n = 2 * slices;
        if (fixed()) {
            return false;
        }
        boolean quiet = settled.getAsBoolean(); // asked every slice, even when the rest already fails
        if (!quiet || timeline.size() < n) {
            return false;
        }
        double elapsed =
                timeline.stream().mapToDouble(IntervalStats::lengthSeconds).sum();
        if (elapsed + 1e-9 < minimum.toNanos() / 1e9) {
            return false;
        }
        List<IntervalStats> both = timeline.subList(timeline.size() - n, timeline.size());
        double[] rates = new double[n];
        for (int i = 0; i < n; i++) {
            IntervalStats s = both.get(i);
            if (!s.warmup() || s.errors() > 0 || s.completed() == 0) {
                return false; // errors mean the server is not answering normally yet: not steady
            }
            rates[i] = s.ratePerSecond();
        }
        double noise = Noise.relative(rates);
        return level(rates, 0, slices, noise) && level(rates, slices, n, noise) && level(rates, 0, n, noise);
    }

    /** No change between the halves of rates[from, to) beyond the tolerance or the noise of their means. */
    private boolean level(double[] rates, int from, int to, double noise) {
        int half = (to - from) / 2;
        double older = mean(rates, from, from + half);
        double newer = mean(rates, from + half, to);
        double change = Math.abs(newer / older - 1);
        double standardError = noise * Math.sqrt(2.0 / half);
        return change <= Math.max(tolerance, Z * standardError);
    }

    private static double mean(double[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i];
        }
        return sum / (to - from);
    }
}
