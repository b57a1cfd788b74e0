package dev.bakeoff.run;

import dev.bakeoff.loadgen.ClassResult;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Self-check of a mix: each class's answers in the measured phase against what its own open-model schedule
 * planned. The schedule is deterministic, so any real shortfall means the app (or the generator) fell behind
 * for that class; the Poisson bound only keeps rounding at the phase's edges and small counts from crying
 * wolf. A count outside the central 95% of Poisson(planned) flags the step, with the counts.
 */
final class MixCheck {
    /** Each tail of Poisson(planned) that counts as "beyond noise". */
    static final double TAIL = 0.025;

    private MixCheck() {}

    /** Why the mix did not send what it planned, or empty; only for mixes of several classes. */
    static Optional<String> problem(List<ClassResult> classes) {
        if (classes.size() < 2 || classes.stream().anyMatch(c -> c.planned() <= 0)) {
            return Optional.empty();
        }
        boolean off = classes.stream().anyMatch(c -> beyondNoise(c.completed(), c.planned()));
        if (!off) {
            return Optional.empty();
        }
        return Optional.of("the mix did not run as planned (answers in the measured phase vs its schedule: "
                + counts(classes) + "; beyond Poisson noise)");
    }

    static String counts(List<ClassResult> classes) {
        return classes.stream()
                .map(c -> String.format("%s %d of %.0f planned", c.name(), c.completed(), c.planned()))
                .collect(Collectors.joining(", "));
    }

    /** Whether {@code observed} lies in either {@link #TAIL} of a Poisson distribution with mean {@code planned}. */
    static boolean beyondNoise(long observed, double planned) {
        return cdf(observed, planned) < TAIL || 1 - cdf(observed - 1, planned) < TAIL;
    }

    /** P(X <= k) for X ~ Poisson(lambda): exact for small lambda, normal with continuity correction above. */
    static double cdf(long k, double lambda) {
        if (k < 0) {
            return 0;
        }
        if (lambda > 200) {
            return normalCdf((k + 0.5 - lambda) / Math.sqrt(lambda));
        }
        double term = Math.exp(-lambda);
        double sum = term;
        for (long i = 1; i <= k; i++) {
            term *= lambda / i;
            sum += term;
            if (term < 1e-17 && i > lambda) {
                break;
            }
        }
        return Math.min(1, sum);
    }

    /** Standard normal CDF (Abramowitz and Stegun 26.2.17, error below 7.5e-8). */
    static double normalCdf(double z) {
        double t = 1 / (1 + 0.2316419 * Math.abs(z));
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        double upper = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
        return z >= 0 ? 1 - upper : upper;
    }
}
