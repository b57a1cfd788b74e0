package dev.bakeoff.advisor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Weight sensitivity of a WSM ranking, one weight at a time with the others rescaled: flip points (the
 * weight at which another option overtakes the winner), stability intervals (the weight range in which
 * the winner stays first) and a tornado (the swing of the winner's margin at plus and minus 10 points).
 */
final class Sensitivity {
    static final double TORNADO_STEP = 0.10;

    private Sensitivity() {}

    static List<Verdict.FlipPoint> flips(ScoreTable table, double[] w, int winner) {
        List<Verdict.FlipPoint> flips = new ArrayList<>();
        double[][] r = table.scores();
        for (int k = 0; k < w.length; k++) {
            Crossing below = null;
            Crossing above = null;
            for (int b = 0; b < r.length; b++) {
                if (b == winner) {
                    continue;
                }
                if (Math.abs(r[winner][k] - r[b][k]) < 1e-12) {
                    continue; // equal on this criterion: they can only tie when it takes all the weight
                }
                double t = Wsm.tieWeight(r, w, winner, b, k);
                if (Double.isNaN(t) || Math.abs(t - w[k]) < 1e-9) {
                    continue;
                }
                if (t > w[k] && (above == null || t < above.t)) {
                    above = new Crossing(b, t);
                } else if (t < w[k] && (below == null || t > below.t)) {
                    below = new Crossing(b, t);
                }
            }
            Criterion c = table.criteria().get(k);
            double lo = below == null ? 0 : below.t;
            double hi = above == null ? 1 : above.t;
            Crossing nearest =
                    below == null ? above : above == null ? below : (above.t - w[k] <= w[k] - below.t ? above : below);
            if (nearest != null) {
                Candidate challenger = table.options().get(nearest.option);
                Candidate top = table.options().get(winner);
                String sentence = challenger.name() + " overtakes " + top.name() + " if the weight of " + c.name()
                        + (nearest.t > w[k] ? " rises" : " falls") + " from " + Format.pct(w[k]) + " to "
                        + Format.pct(nearest.t) + " (other weights rescaled)";
                flips.add(new Verdict.FlipPoint(c.id(), challenger.id(), w[k], nearest.t, lo, hi, sentence));
            } else {
                flips.add(new Verdict.FlipPoint(
                        c.id(), "", w[k], Double.NaN, lo, hi, "no weight of " + c.name() + " changes the winner"));
            }
        }
        flips.sort(Comparator.comparingDouble(
                f -> Double.isNaN(f.flipWeight()) ? 2 : Math.abs(f.flipWeight() - f.weight())));
        return flips;
    }

    static List<Verdict.TornadoBar> tornado(ScoreTable table, double[] w, int winner) {
        List<Verdict.TornadoBar> bars = new ArrayList<>();
        double[][] r = table.scores();
        for (int k = 0; k < w.length; k++) {
            double low = Wsm.margin(r, Wsm.reweight(w, k, Math.max(0, w[k] - TORNADO_STEP)), winner);
            double high = Wsm.margin(r, Wsm.reweight(w, k, Math.min(1, w[k] + TORNADO_STEP)), winner);
            bars.add(new Verdict.TornadoBar(table.criteria().get(k).id(), low, high, Math.abs(high - low)));
        }
        bars.sort(Comparator.comparingDouble(Verdict.TornadoBar::swing).reversed());
        return bars;
    }

    private record Crossing(int option, double t) {}
}
