package dev.bakeoff.advisor;

import dev.bakeoff.advisor.Verdict.ClaimCheck.Outcome;
import dev.bakeoff.model.Metric;

/**
 * A "close" rule judged as an equivalence test: the subject's shortfall against the other side (how much worse
 * it is, in the metric's unit) gets an interval, and the claim is supported only when that whole interval is
 * within the allowed margin, contradicted only when the whole interval is beyond it, and inconclusive otherwise.
 * Overlapping intervals alone are not evidence of closeness: two wide intervals overlap whatever the stacks do, and
 * a median-only gap flipped P4 between two quick runs on the same machine.
 *
 * <p>The shortfall's interval combines the two sides' half-widths in quadrature (independent estimates), each on
 * the side that moves the shortfall that way. The margin is the larger of the ratio's (tolerance of the other
 * side's median) and the rule's absolute slack (threshold).
 *
 * @param shortfall the subject's median shortfall (positive: subject worse)
 * @param low       the shortfall interval's lower bound
 * @param high      the shortfall interval's upper bound
 * @param margin    the largest shortfall the claim allows
 */
record Closeness(double shortfall, double low, double high, double margin) {
    static Closeness of(Metric subject, Metric versus, double tolerance, double threshold) {
        Metric s = subject;
        Metric v = versus;
        if (s.higherIsBetter()) {
            double d = v.median() - s.median();
            double up = Math.hypot(v.high() - v.median(), s.median() - s.low());
            double down = Math.hypot(v.median() - v.low(), s.high() - s.median());
            return new Closeness(d, d - down, d + up, Math.max(tolerance * v.median(), threshold));
        }
        double d = s.median() - v.median();
        double up = Math.hypot(s.high() - s.median(), v.median() - v.low());
        double down = Math.hypot(s.median() - s.low(), v.high() - v.median());
        double ratioMargin = v.median() * (1 / (1 - tolerance) - 1);
        return new Closeness(d, d - down, d + up, Math.max(ratioMargin, threshold));
    }

    Outcome outcome() {
        return high <= margin ? Outcome.SUPPORTED : low > margin ? Outcome.CONTRADICTED : Outcome.INCONCLUSIVE;
    }

    String explain(String unit) {
        String range = "shortfall " + Format.num(shortfall) + " " + unit + " [" + Format.num(low) + ", "
                + Format.num(high) + "], allowed " + Format.num(margin) + " " + unit;
        return switch (outcome()) {
            case SUPPORTED -> range + ": within it";
            case CONTRADICTED -> range + ": beyond it";
            default -> range + ": the interval straddles it";
        };
    }
}
