package dev.bakeoff.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinearFitTest {
    @Test
    void recoversTheOverheadAndThePerRowCostOfExactPoints() {
        // t = 2 ms + 50 ns/row
        LinearFit fit = LinearFit.of(List.of(
                new LinearFit.Point(10_000, 2.5, 0.01),
                new LinearFit.Point(100_000, 7.0, 0.01),
                new LinearFit.Point(1_000_000, 52.0, 0.01)));
        assertThat(fit.intercept()).isCloseTo(2.0, within(1e-9));
        assertThat(fit.slope() * 1e6).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void twoSizesGiveTheLineThroughThemWithTheirOwnErrors() {
        LinearFit fit = LinearFit.of(List.of(new LinearFit.Point(0, 1.0, 0.3), new LinearFit.Point(10, 3.0, 0.4)));
        assertThat(fit.slope()).isCloseTo(0.2, within(1e-12));
        assertThat(fit.slopeSe()).isCloseTo(0.5 / 10, within(1e-12)); // sqrt(0.3^2 + 0.4^2) / 10
        assertThat(fit.interceptSe()).isCloseTo(0.3, within(1e-12)); // the point at x = 0 is the intercept
    }

    @Test
    void itsNinetyFivePercentIntervalCoversTheTrueSlopeAboutNinetyFivePercentOfTheTime() {
        SplittableRandom random = new SplittableRandom(7);
        double[] xs = {10_000, 100_000, 1_000_000};
        double[] se = {0.05, 0.2, 2.0};
        int covered = 0;
        int trials = 4000;
        for (int t = 0; t < trials; t++) {
            List<LinearFit.Point> points = new java.util.ArrayList<>();
            for (int i = 0; i < xs.length; i++) {
                points.add(new LinearFit.Point(xs[i], 1.0 + 4e-5 * xs[i] + se[i] * gaussian(random), se[i]));
            }
            LinearFit fit = LinearFit.of(points);
            if (fit.slopeLow() <= 4e-5 && 4e-5 <= fit.slopeHigh()) {
                covered++;
            }
        }
        assertThat(covered / (double) trials).isBetween(0.935, 0.965);
    }

    @Test
    void refusesALineThroughOneSize() {
        assertThatThrownBy(() -> LinearFit.of(List.of(new LinearFit.Point(5, 1, 0.1), new LinearFit.Point(5, 2, 0.1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double gaussian(SplittableRandom r) {
        // Box-Muller: SplittableRandom has no nextGaussian before Java 17's RandomGenerator default.
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
