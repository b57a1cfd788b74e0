package dev.bakeoff.advisor;

import java.util.SplittableRandom;

/** Dirichlet and normal sampling on a caller's random source (Marsaglia and Tsang's gamma method). */
final class Dirichlet {
    private Dirichlet() {}

    /** A weight vector with mean close to {@code w}: alpha_j = concentration * w_j + floor. */
    static double[] sample(SplittableRandom random, double[] w, double concentration, double floor) {
        double[] x = new double[w.length];
        double sum = 0;
        for (int j = 0; j < w.length; j++) {
            x[j] = gamma(random, concentration * w[j] + floor);
            sum += x[j];
        }
        for (int j = 0; j < w.length; j++) {
            x[j] /= sum;
        }
        return x;
    }

    static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            // Boost: Gamma(a) = Gamma(a + 1) * U^(1/a), since the squeeze method needs shape >= 1.
            return gamma(random, shape + 1) * Math.pow(1 - random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = gaussian(random);
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = 1 - random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    /** A standard normal variate (Box-Muller; one of the pair is enough here). */
    static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
