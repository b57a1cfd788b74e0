package dev.bakeoff.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Workload;
import dev.bakeoff.plan.Defaults;
import dev.bakeoff.stats.Observations.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * mixed's wait factor: the median of the cheap requests that met a CPU job over the median alone, flagged
 * when too few met one or when the app queues cheap requests even alone.
 */
class MixedObservationsTest {
    @Test
    void theWaitFactorIsTheMedianBesideACpuJobOverTheMedianAlone() {
        // Alone: 1,250 requests at 0.2 ms; beside a job: 12 at 1.3-4.6 ms (median ~3 ms). They are fewer than 1%
        // of the mixed step's requests, so its p99 does not move: the blocking factor misses the wait.
        Map<String, Observation> figures = figures(
                base(200, 1_250),
                mixed(LongStream.rangeClosed(1, 12).map(i -> 1_000 + 300 * i).toArray()));
        Observation wait = figures.get(MetricNames.MIXED_WAIT_FACTOR);
        assertThat(wait.value()).isCloseTo(15.0, within(1.0));
        assertThat(wait.low()).isGreaterThan(2).isLessThan(wait.value());
        assertThat(wait.high()).isGreaterThan(wait.value());
        assertThat(wait.flagged()).isFalse();
        assertThat(figures.get(MetricNames.MIXED_BESIDE_COUNT).value()).isEqualTo(12);
        assertThat(figures.get(MetricNames.MIXED_BLOCKING_FACTOR).value()).isLessThan(1.5);
    }

    @Test
    void aWaitFactorFromFewerThanTenRequestsBesideAJobIsFlagged() {
        Observation wait = figures(base(200, 1_250), mixed(3_000, 3_000, 3_000)).get(MetricNames.MIXED_WAIT_FACTOR);
        assertThat(wait.flagged()).isTrue();
        assertThat(wait.note()).contains("only 3 cheap requests met a CPU job");
    }

    @Test
    void anAppThatQueuesCheapRequestsAloneGetsFlaggedFactors() {
        Map<String, Observation> figures = figures(
                base(70_000, 1_250),
                mixed(LongStream.rangeClosed(1, 40).map(i -> 50_000 + 100 * i).toArray()));
        for (String name : List.of(MetricNames.MIXED_WAIT_FACTOR, MetricNames.MIXED_BLOCKING_FACTOR)) {
            assertThat(figures.get(name).flagged()).as(name).isTrue();
            assertThat(figures.get(name).note()).as(name).contains("past its capacity at the baseline");
        }
    }

    @Test
    void aBriefStallInTheBaselineIsNotAnAppPastCapacity() {
        // 2% of the baseline's requests caught in one 40 ms pause: p99 beyond the json objective, p90 at 0.3 ms.
        Histogram h = new Histogram(3);
        h.recordValueWithCount(300, 1_225);
        h.recordValueWithCount(40_000, 25);
        Measurement stalled = Measurement.of("s", Workload.MIXED, "baseline", 1)
                .completed(1_250)
                .corrected(Histograms.latency(h))
                .histograms(Map.of("corrected", Histograms.encode(h)))
                .build();
        Map<String, Observation> figures = figures(
                stalled,
                mixed(LongStream.rangeClosed(1, 40).map(i -> 3_000 + 10 * i).toArray()));
        assertThat(stalled.corrected().p99() / 1000.0).isGreaterThan(Defaults.SLO_JSON_MS);
        assertThat(figures.get(MetricNames.MIXED_WAIT_FACTOR).flagged()).isFalse();
        assertThat(figures.get(MetricNames.MIXED_WAIT_FACTOR).value()).isCloseTo(10.7, within(0.5));
    }

    private static Map<String, Observation> figures(Measurement base, Measurement mixed) {
        List<Observation> out = new ArrayList<>();
        MixedObservations.of(Map.of("baseline", base, "mixed", mixed), out);
        return out.stream().collect(Collectors.toMap(Observation::name, o -> o));
    }

    private static Measurement base(long micros, int count) {
        Histogram h = new Histogram(3);
        h.recordValueWithCount(micros, count);
        return Measurement.of("s", Workload.MIXED, "baseline", 1)
                .completed(count)
                .corrected(Histograms.latency(h))
                .histograms(Map.of("corrected", Histograms.encode(h)))
                .build();
    }

    /** 1,250 cheap requests at 0.2 ms, of which those given met a CPU job at the latencies given. */
    private static Measurement mixed(long... besideMicros) {
        Histogram all = new Histogram(3);
        Histogram beside = new Histogram(3);
        all.recordValueWithCount(200, 1_250 - besideMicros.length);
        for (long us : besideMicros) {
            all.recordValue(us);
            beside.recordValue(us);
        }
        return Measurement.of("s", Workload.MIXED, "mixed", 1)
                .completed(1_250)
                .corrected(Histograms.latency(all))
                .values(Map.of("beside:json", (double) besideMicros.length, "answered:cpu", 5.0, "planned:cpu", 5.0))
                .histograms(Map.of("corrected:json", Histograms.encode(all), "beside:json", Histograms.encode(beside)))
                .build();
    }
}
