package dev.bakeoff.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.loadgen.RateSeries;
import dev.bakeoff.stats.Statistics;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The trend check of a measured phase: still warming only when it rises beyond its noise. */
class TrendTest {
    /** Ten slices of a 1.25 s phase: {@code start} req/s rising {@code risePerSecond}, with relative noise. */
    private static RateSeries phase(double start, double risePerSecond, double noise, long seed) {
        return phase(start, risePerSecond, noise, new SplittableRandom(seed));
    }

    private static RateSeries phase(double start, double risePerSecond, double noise, SplittableRandom random) {
        List<Double> mids = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double t = 0.0625 + i * 0.125;
            mids.add(t);
            rates.add((start + risePerSecond * t) * (1 + noise * random.nextGaussian()));
        }
        return new RateSeries(mids, rates);
    }

    @Test
    void aPhaseClimbingLikeSpringInItsMeasuredSecondIsStillWarming() {
        // Run 20261202-005646: Spring rose 2,218 -> 2,784 req/s inside its own measured 1.25 s.
        RateSeries spring = phase(2218, (2784 - 2218) / 1.25, 0.03, 1);
        assertThat(Trend.stillWarming(spring))
                .hasValueSatisfying(why -> assertThat(why).startsWith("still warming: throughput rose"));
    }

    @Test
    void aLevelPhaseIsNotFlaggedHoweverNoisy() {
        int flagged = 0;
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 4000; i++) {
            if (Trend.stillWarming(phase(40_000, 0, 0.08, random)).isPresent()) {
                flagged++;
            }
        }
        // A level phase fails the one-sided t test 2.5% of the time (and must also rise 3% to be flagged):
        // 100 of 4,000 expected at most, binomial sd 10.
        assertThat(flagged).isLessThanOrEqualTo(130);
    }

    @Test
    void aRiseInsideItsNoiseOrUnderTheToleranceIsNotFlagged() {
        assertThat(Trend.stillWarming(phase(40_000, 40_000 * 0.02, 0.0, 3)))
                .as("2% over the phase, no noise")
                .isEmpty();
        assertThat(Trend.stillWarming(phase(40_000, 40_000 * 0.06, 0.25, 4)))
                .as("6% inside 25% noise")
                .isEmpty();
    }

    @Test
    void aStallAtThePhasesStartIsADipNotAClimb() {
        // Run 20261204-130810: node-fastify's data sweep read "rose 80%, t = 2.5" from a phase in which the load
        // generator stalled for ~175 ms (corrected max 183 ms, uncorrected 7.6 ms): one 125 ms slice lost all its
        // requests, a neighbour part of them; the rest were level.
        SplittableRandom random = new SplittableRandom(7);
        int flagged = 0;
        for (int i = 0; i < 200; i++) {
            RateSeries level = phase(600, 0, 0.02, random);
            List<Double> rates = new ArrayList<>(level.perSecond());
            double start = random.nextDouble(0, 0.125); // the stall's start, in the first slice
            double end = start + 0.175;
            for (int k = 0; k < 3; k++) {
                double lost = Math.max(0, Math.min(end, (k + 1) * 0.125) - Math.max(start, k * 0.125)) / 0.125;
                rates.set(k, rates.get(k) * (1 - lost));
            }
            if (Trend.stillWarming(new RateSeries(level.midSeconds(), rates)).isPresent()) {
                flagged++;
            }
        }
        // As often as a level phase without a stall (the t test's 2.5%: 5 of 200, binomial sd 2.2), not more.
        assertThat(flagged)
                .as("of 200 level phases with a 175 ms stall at their start")
                .isLessThanOrEqualTo(12);
    }

    @Test
    void aClimbThatStallsOnceIsStillWarming() {
        RateSeries climb = phase(2218, (2784 - 2218) / 1.25, 0.02, 5);
        List<Double> rates = new ArrayList<>(climb.perSecond());
        rates.set(6, rates.get(6) * 0.2);
        assertThat(Trend.stillWarming(new RateSeries(climb.midSeconds(), rates)))
                .isPresent();
    }

    @Test
    void tooFewSlicesSayNothing() {
        assertThat(Trend.fit(new RateSeries(List.of(0.5, 1.0), List.of(1.0, 2.0))))
                .isEmpty();
    }

    @Test
    void studentsTQuantilesAreRight() {
        assertThat(Statistics.tQuantile975(2)).isEqualTo(4.303);
        assertThat(Statistics.tQuantile975(8)).isEqualTo(2.306);
        assertThat(Statistics.tQuantile975(60)).isCloseTo(2.000, org.assertj.core.data.Offset.offset(0.002));
    }
}
