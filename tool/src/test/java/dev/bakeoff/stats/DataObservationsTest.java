package dev.bakeoff.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Workload;
import dev.bakeoff.plan.DataSweep;
import dev.bakeoff.stats.Observations.Observation;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The data size sweep's figures: each tier's overhead and per-row cost, fitted from its service times. */
class DataObservationsTest {
    @Test
    void fitsEachTiersOverheadAndPerRowCostFromItsOwnServiceTimes() {
        // realistic: 3 ms + 80 ns/row; tuned: 1 ms + 2 ns/row (service times in microseconds)
        Map<String, String> histograms = new HashMap<>();
        histograms.put("corrected:realistic-10000", histogram(3_800, 3_900, 3_700));
        histograms.put("corrected:realistic-1000000", histogram(83_000, 82_000, 84_000));
        histograms.put("corrected:tuned-10000", histogram(1_020, 1_030, 1_010));
        histograms.put("corrected:tuned-1000000", histogram(3_000, 3_100, 2_900));
        Measurement m = Measurement.of("s", Workload.DATA, DataSweep.LEVEL, 0)
                .achievedRate(10)
                .completed(12)
                .histograms(histograms)
                .build();
        Map<String, Observation> byName =
                DataObservations.observations(m).stream().collect(Collectors.toMap(Observation::name, o -> o));
        assertThat(byName.get(MetricNames.DATA_REALISTIC_ROW_NS).value()).isCloseTo(80, within(1.0));
        assertThat(byName.get(MetricNames.DATA_REALISTIC_OVERHEAD_MS).value()).isCloseTo(3.0, within(0.05));
        assertThat(byName.get(MetricNames.DATA_TUNED_ROW_NS).value()).isCloseTo(2.0, within(0.05));
        assertThat(byName.get(MetricNames.DATA_TUNED_OVERHEAD_MS).value()).isCloseTo(1.0, within(0.05));
        Observation b = byName.get(MetricNames.DATA_REALISTIC_ROW_NS);
        assertThat(b.low()).isLessThan(b.value());
        assertThat(b.high()).isGreaterThan(b.value());
        assertThat(b.unit()).isEqualTo("ns/row");
        assertThat(byName).containsKey(MetricNames.DATA_SERVICE_MS + "@tuned-1000000");
    }

    @Test
    void aTierWithOneUsableSizeGetsNoFit() {
        Map<String, String> histograms = new HashMap<>();
        histograms.put("corrected:tuned-10000", histogram(1_000, 1_100));
        histograms.put("corrected:tuned-1000000", histogram(3_000)); // one request: no spread, left out
        Measurement m = Measurement.of("s", Workload.DATA, DataSweep.LEVEL, 0)
                .histograms(histograms)
                .build();
        assertThat(DataObservations.observations(m))
                .extracting(Observation::name)
                .containsExactly(MetricNames.DATA_SERVICE_MS + "@tuned-10000");
    }

    private static String histogram(long... micros) {
        Histogram h = new Histogram(3);
        for (long us : micros) {
            h.recordValue(us);
        }
        return Histograms.encode(h);
    }
}
