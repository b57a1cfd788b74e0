package dev.bakeoff.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasurementTest {
    private static final Measurement FULL = Measurement.of("s", Workload.JSON, "max", 2)
            .flagged(true)
            .note("n")
            .targetRate(1)
            .achievedRate(2)
            .completed(3)
            .errors(4, Map.of("timeout", 4L))
            .corrected(new Measurement.Latency(5, 6, 7, 8, 9, 5.5))
            .uncorrected(new Measurement.Latency(1, 2, 3, 4, 5, 1.5))
            .appCpuShare(0.1)
            .appPeakRssMib(11)
            .appMeanRssMib(12)
            .loadgenCpuShare(0.13)
            .rateSamples(List.of(14.0))
            .p99Samples(List.of(15.0))
            .values(Map.of(MetricNames.READY_MS, 16.0))
            .histograms(Map.of("corrected", "h"))
            .build();

    @Test
    void eachFigureLandsInTheFieldItIsNamedFor() {
        assertThat(FULL.targetRate()).isEqualTo(1);
        assertThat(FULL.achievedRate()).isEqualTo(2);
        assertThat(FULL.appPeakRssMib()).isEqualTo(11);
        assertThat(FULL.appMeanRssMib()).isEqualTo(12);
        assertThat(FULL.appCpuShare()).isEqualTo(0.1);
        assertThat(FULL.loadgenCpuShare()).isEqualTo(0.13);
        assertThat(FULL.ok()).isTrue();
    }

    @Test
    void aCopyKeepsEveryFieldItIsNotToldToChange() {
        assertThat(FULL.toBuilder().build()).isEqualTo(FULL);
        Measurement renoted = FULL.with("other", Map.of());
        assertThat(renoted.note()).isEqualTo("other");
        assertThat(renoted.toBuilder().note("n").values(FULL.values()).build()).isEqualTo(FULL);
    }

    @Test
    void aFailedCellIsNotOkAndNeverEvidence() {
        Measurement failed = Measurement.failed("s", Workload.JSON, "max", 1, "crashed");
        assertThat(failed.ok()).isFalse();
        assertThat(failed.flagged()).isTrue();
        assertThat(failed.note()).isEqualTo("crashed");
        assertThat(Measurement.empty("s", Workload.JSON, "max", 1).ok()).isTrue();
    }
}
