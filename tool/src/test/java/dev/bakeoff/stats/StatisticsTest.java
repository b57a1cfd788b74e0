package dev.bakeoff.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Statistics.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(Statistics.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
    }

    @Test
    void theIntervalHoldsTheMedianAndLiesWithinTheData() {
        Statistics.Estimate e = Statistics.medianWithInterval(List.of(10.0, 11.0, 9.0, 10.5, 9.5, 10.2, 9.8));
        assertThat(e.median()).isEqualTo(10.0);
        assertThat(e.low()).isBetween(9.0, 10.0);
        assertThat(e.high()).isBetween(10.0, 11.0);
    }

    @Test
    void oneValueGivesAZeroWidthInterval() {
        Statistics.Estimate e = Statistics.medianWithInterval(List.of(5.0));
        assertThat(e.low()).isEqualTo(5.0);
        assertThat(e.high()).isEqualTo(5.0);
    }

    @Test
    void theSameDataGivesTheSameIntervalEveryTime() {
        List<Double> data = List.of(1.0, 5.0, 2.0, 8.0, 3.0);
        assertThat(Statistics.medianWithInterval(data)).isEqualTo(Statistics.medianWithInterval(data));
    }

    @Test
    void aRatioOfClearlyDifferentSamplesExcludesOne() {
        Statistics.Estimate r =
                Statistics.ratio(List.of(200.0, 210.0, 190.0, 205.0), List.of(100.0, 98.0, 102.0, 101.0));
        assertThat(r.median()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(r.low()).isGreaterThan(1.0);
    }

    @Test
    void aRatioOfOverlappingSamplesIncludesOne() {
        Statistics.Estimate r = Statistics.ratio(List.of(100.0, 110.0, 90.0), List.of(105.0, 95.0, 100.0));
        assertThat(r.low()).isLessThan(1.0);
        assertThat(r.high()).isGreaterThan(1.0);
    }
}
