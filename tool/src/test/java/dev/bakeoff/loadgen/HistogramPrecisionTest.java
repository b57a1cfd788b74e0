package dev.bakeoff.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The io workload subtracts a 1 s delay from recorded latencies: what is left must not be quantised away. */
class HistogramPrecisionTest {
    @Test
    void aLatencyBeyondAOneSecondDelayIsResolvedToUnderATenthOfAMillisecond() {
        for (long beyond : new long[] {150, 300, 800, 1_300}) {
            Histogram h = LoopStats.newHistogram();
            h.recordValue(1_000_000 + beyond);
            assertThat(h.getValueAtPercentile(50) - 1_000_000)
                    .as("%d us beyond the delay", beyond)
                    .isCloseTo(beyond, within(100L));
        }
    }
}
