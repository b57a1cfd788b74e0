package dev.bakeoff.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.Workload;
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
        assertThat(WorkloadSteps.of(Workload.DATA, Preset.THOROUGH))
                .extracting(StepSpec::level)
                .containsExactly("max", "eff", DataSweep.LEVEL, "capacity");
        // Standard leaves the capacity search to thorough (its 20 minutes); CPU per 1k stands in for it.
        assertThat(WorkloadSteps.of(Workload.DATA, Preset.STANDARD))
                .extracting(StepSpec::level)
                .containsExactly("max", "eff", DataSweep.LEVEL);
        assertThat(WorkloadSteps.of(Workload.CPU, Preset.STANDARD))
                .extracting(StepSpec::level)
                .doesNotContain("capacity");
        assertThat(WorkloadSteps.of(Workload.JSON, Preset.STANDARD))
                .extracting(StepSpec::level)
                .contains("capacity");
    }
}
