package dev.bakeoff.advisor;

/**
 * The weighted sum model and its closed-form weight sensitivity, on plain arrays: {@code r[i][j]} is
 * option i's 0..1 score on criterion j, {@code w[j]} the weights (summing to 1). When one weight moves
 * to t, the others are rescaled in proportion so the weights still sum to 1.
 */
final class Wsm {
    private Wsm() {}

    static double[] totals(double[][] r, double[] w) {
        double[] s = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < w.length; j++) {
                s[i] += w[j] * r[i][j];
            }
        }
        return s;
    }

    /** Weights with w[k] set to t and the others rescaled proportionally (evenly if they were all 0). */
    static double[] reweight(double[] w, int k, double t) {
        double[] out = new double[w.length];
        double rest = 1 - w[k];
        for (int j = 0; j < w.length; j++) {
            if (j == k) {
                out[j] = t;
            } else {
                out[j] = rest > 1e-12 ? w[j] * (1 - t) / rest : (1 - t) / (w.length - 1);
            }
        }
        return out;
    }

    /**
     * The weight of criterion k at which options a and b tie, or NaN if they never tie for a weight in
     * [0, 1]. With d = r[a][k] - r[b][k], D = S_a - S_b and q = (D - w_k d) / (1 - w_k) (the margin from
     * the other criteria, rescaled to their full share), the margin at weight t is t d + (1 - t) q, which
     * is zero at t* = q / (q - d).
     */
    static double tieWeight(double[][] r, double[] w, int a, int b, int k) {
        double d = r[a][k] - r[b][k];
        double[] s = totals(new double[][] {r[a], r[b]}, w);
        double rest = 1 - w[k];
        if (rest < 1e-12) {
            return Double.NaN;
        }
        double q = (s[0] - s[1] - w[k] * d) / rest;
        if (Math.abs(q - d) < 1e-12) {
            return Double.NaN;
        }
        double t = q / (q - d);
        return t >= 0 && t <= 1 ? t : Double.NaN;
    }

    /** Index of the best option (the first on exact ties). */
    static int best(double[] s) {
        int best = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Option a's margin over the best other option under weights w. */
    static double margin(double[][] r, double[] w, int a) {
        double[] s = totals(r, w);
        double other = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.length; i++) {
            if (i != a) {
                other = Math.max(other, s[i]);
            }
        }
        return s[a] - other;
    }
}
