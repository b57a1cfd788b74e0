package dev.bakeoff.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bakeoff.bench.Observations.Observation;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Workload;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class DataSweepTest {
    @Test
    void quickSweepsTwoSizesOnBothTiersInOneStepOfOneConnection() {
        StepSpec.Closed step = (StepSpec.Closed) DataSweep.step(Preset.QUICK, 1.6);
        assertThat(step.connections()).isEqualTo(1);
        assertThat(step.mix())
                .extracting(StepSpec.Request::path)
                .containsExactly(
                        "/data/report?min_qty=10&tier=realistic&rows=10000",
                        "/data/report?min_qty=10&tier=realistic&rows=200000",
                        "/data/report?min_qty=10&tier=tuned&rows=10000",
                        "/data/report?min_qty=10&tier=tuned&rows=200000");
        assertThat(DataSweep.sizes(Preset.STANDARD)).containsExactly(10_000, 100_000, 1_000_000);
    }

    @Test
    void theOneWebRequestStepsReadTheRealisticTierOverFiftyThousandRows() {
        assertThat(WorkloadSteps.dataPath()).isEqualTo("/data/report?min_qty=10&tier=realistic&rows=50000");
        assertThat(WorkloadSteps.of(Workload.DATA, Preset.STANDARD))
                .extracting(StepSpec::level)
                .containsExactly("max", "eff", DataSweep.LEVEL, "capacity");
    }

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
                DataSweep.observations(m).stream().collect(Collectors.toMap(Observation::name, o -> o));
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
        assertThat(DataSweep.observations(m))
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
