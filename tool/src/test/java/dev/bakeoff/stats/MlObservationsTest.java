package dev.bakeoff.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Workload;
import dev.bakeoff.stats.Observations.Observation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A composed stack's ml figures beyond the batch steps: its parts apart, and what its service's faults did. */
class MlObservationsTest {
    @Test
    void aComposedStacksFrontCostsTheWholeMinusItsServiceSampledApart() {
        Measurement b1 = Measurement.of("h", Workload.ML, "b1", 1)
                .achievedRate(500)
                .appMeanRssMib(600)
                .values(Map.of(MetricNames.SERVICE_RSS_MIB, 250.0))
                .build();
        Measurement fixed = Measurement.of("h", Workload.ML, "fixed", 1)
                .achievedRate(300)
                .appCpuShare(0.6) // of 1 core: 0.6 CPU-s per s over 300 predictions/s = 2 s per 1k
                .values(Map.of(MetricNames.SERVICE_CPU_SHARE, 0.45))
                .build();

        Map<String, Double> got = values(Observations.of(Workload.ML, Map.of("b1", b1, "fixed", fixed), 1));

        assertThat(got.get(MetricNames.ML_CPU_S_PER_1K)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(got.get(MetricNames.ML_SERVICE_CPU_S_PER_1K))
                .isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(got.get(MetricNames.ML_FRONT_CPU_S_PER_1K))
                .isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(got.get(MetricNames.ML_SERVICE_RSS_MIB)).isEqualTo(250.0);
        assertThat(got.get(MetricNames.ML_FRONT_RSS_MIB)).isEqualTo(350.0);
    }

    @Test
    void aStackOfOneAppHasNoPartsAndNoFaultFigures() {
        Measurement fixed = Measurement.of("one", Workload.ML, "fixed", 1)
                .achievedRate(300)
                .appCpuShare(0.6)
                .build();

        Map<String, Double> got = values(Observations.of(Workload.ML, Map.of("fixed", fixed), 1));

        assertThat(got).containsKey(MetricNames.ML_CPU_S_PER_1K);
        assertThat(got)
                .doesNotContainKeys(
                        MetricNames.ML_FRONT_CPU_S_PER_1K,
                        MetricNames.ML_SERVICE_CPU_S_PER_1K,
                        MetricNames.ML_STALL_FAILED_SHARE);
    }

    @Test
    void aServiceFaultGivesTheFailedShareAndTheRecoveryOfItsOwnStep() {
        Measurement stall = Measurement.of("h", Workload.ML, "svc-stall", 1)
                .values(Map.of("failed_share:ml", 1.0, "failed_share:json", 0.0, MetricNames.FAULT_RECOVERY_MS, 120.0))
                .build();
        Measurement down = Measurement.of("h", Workload.ML, "svc-down", 1)
                .values(Map.of("failed_share:ml", 0.25, MetricNames.FAULT_RECOVERY_MS, 20.0))
                .build();

        Map<String, Double> got = values(Observations.of(Workload.ML, Map.of("svc-stall", stall, "svc-down", down), 1));

        assertThat(got.get(MetricNames.ML_STALL_FAILED_SHARE)).isEqualTo(1.0);
        assertThat(got.get(MetricNames.ML_STALL_RECOVERY_MS)).isEqualTo(120.0);
        assertThat(got.get(MetricNames.ML_DOWN_FAILED_SHARE)).isEqualTo(0.25);
        assertThat(got.get(MetricNames.ML_DOWN_RECOVERY_MS)).isEqualTo(20.0);
    }

    @Test
    void theModelsLoadTimeKeepsNoFlagOfTheLoadStepItIsReadIn() {
        Measurement b1 = Measurement.of("jvm", Workload.ML, "b1", 1)
                .achievedRate(500)
                .values(Map.of(MetricNames.ML_LOAD_MS, 268.0))
                .build()
                .asFlagged("still warming: throughput rose 78%", Map.of(MetricNames.ML_LOAD_MS, 268.0));

        List<Observation> out = Observations.of(Workload.ML, Map.of("b1", b1), 1);

        assertThat(out)
                .filteredOn(o -> o.name().equals(MetricNames.ML_LOAD_MS))
                .singleElement()
                .satisfies(o -> assertThat(o.flagged()).isFalse());
        assertThat(out)
                .filteredOn(o -> o.name().equals(MetricNames.ML_B1_RPS))
                .singleElement()
                .satisfies(o -> assertThat(o.flagged()).isTrue());
    }

    private static Map<String, Double> values(List<Observation> out) {
        return out.stream().collect(java.util.stream.Collectors.toMap(Observation::name, Observation::value));
    }
}
