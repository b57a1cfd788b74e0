package dev.bakeoff.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The between-rounds interval covers what it claims: 2,000 simulated runs of 3 (and 5) rounds drawn from a
 * known lognormal, the true median inside the 95% interval 95% of the time, within binomial noise.
 */
class IntervalCoverageTest {
    private static final int RUNS = 2000;
    /** Three binomial standard deviations of a 95% coverage over 2,000 runs: 3 x sqrt(0.95 x 0.05 / 2000). */
    private static final double TOLERANCE = 0.015;

    private static double coverage(int rounds, double sigma, boolean bootstrap) {
        SplittableRandom random = new SplittableRandom(7);
        double trueMedian = 20_000;
        int covered = 0;
        for (int run = 0; run < RUNS; run++) {
            List<Double> values = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                values.add(trueMedian * Math.exp(sigma * random.nextGaussian()));
            }
            Statistics.Estimate e =
                    bootstrap ? Statistics.medianWithInterval(values) : Statistics.betweenRounds(values);
            if (e.low() <= trueMedian && trueMedian <= e.high()) {
                covered++;
            }
        }
        return (double) covered / RUNS;
    }

    @Test
    void threeRoundsCoverTheMedian95PercentOfTheTime() {
        assertThat(coverage(3, 0.08, false)).isCloseTo(0.95, org.assertj.core.data.Offset.offset(TOLERANCE));
        assertThat(coverage(3, 0.30, false)).isCloseTo(0.95, org.assertj.core.data.Offset.offset(TOLERANCE));
        assertThat(coverage(5, 0.08, false)).isCloseTo(0.95, org.assertj.core.data.Offset.offset(TOLERANCE));
    }

    @Test
    void theBootstrapOverThreeRoundsIsMinToMaxAndCoversOnly75Percent() {
        // 1 - 2 x 0.5^3: why it is not used between rounds.
        assertThat(coverage(3, 0.08, true)).isCloseTo(0.75, org.assertj.core.data.Offset.offset(0.03));
    }

    /**
     * Coverage of a one-round value widened to the spread between processes pooled over 6 stacks measured
     * twice (the current run among them, as {@link ProcessSpread#forRun} pools it).
     */
    private static double oneRoundCoverage(int stacks, int runs, double sigma) {
        SplittableRandom random = new SplittableRandom(11);
        int covered = 0;
        for (int sim = 0; sim < RUNS; sim++) {
            List<List<Double>> logs = new ArrayList<>();
            for (int s = 0; s < stacks; s++) {
                List<Double> l = new ArrayList<>();
                for (int r = 0; r < runs; r++) {
                    l.add(Math.log(1000.0 * (s + 1)) + sigma * random.nextGaussian());
                }
                logs.add(l);
            }
            double half = ProcessSpread.pooled(logs, "sim").orElseThrow().halfWidth();
            double value = logs.get(0).get(runs - 1);
            if (Math.abs(value - Math.log(1000.0)) <= half) {
                covered++;
            }
        }
        return (double) covered / RUNS;
    }

    @Test
    void aOneRoundValueWidenedToTheMachinesSpreadCoversTheStacksMedianAtLeast95PercentOfTheTime() {
        // The current run's own value is in the pooled spread, which makes the interval a little conservative.
        for (double sigma : new double[] {0.05, 0.4}) {
            assertThat(oneRoundCoverage(6, 2, sigma)).isBetween(0.95 - TOLERANCE, 0.99);
            assertThat(oneRoundCoverage(6, 10, sigma)).isBetween(0.95 - TOLERANCE, 0.99);
        }
    }
}
