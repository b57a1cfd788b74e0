package dev.bakeoff.plan;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The ml workload's request bodies: {"rows": [[30 numbers], ...]} with seeded rows of 4-decimal values in
 * the training data's range, the same bytes on every run and for every stack (the load generator encodes a
 * body once, so its size is what each request parses).
 */
final class MlBodies {
    static final int FEATURES = 30;
    private static final long SEED = 14;

    private MlBodies() {}

    static String batch(int rows) {
        SplittableRandom random = new SplittableRandom(SEED);
        StringBuilder json = new StringBuilder(rows * FEATURES * 9 + 16).append("{\"rows\":[");
        for (int r = 0; r < rows; r++) {
            json.append(r == 0 ? "[" : ",[");
            for (int f = 0; f < FEATURES; f++) {
                double v = random.nextGaussian() * 2;
                json.append(f == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", v));
            }
            json.append(']');
        }
        return json.append("]}").toString();
    }
}
