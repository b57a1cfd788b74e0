package dev.bakeoff.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bakeoff.model.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ml workload's plan: what it POSTs and which steps each preset runs (the load time it reads: MlInfoTest). */
class MlStepsTest {
    @Test
    void theBatchBodiesAreTheContractsShapeAndTheSameOnEveryCall() throws Exception {
        JsonNode body = new ObjectMapper().readTree(MlBodies.batch(64));

        assertThat(body.path("rows").size()).isEqualTo(64);
        body.path("rows").forEach(row -> {
            assertThat(row.size()).isEqualTo(30);
            row.forEach(v -> assertThat(v.isNumber()).isTrue());
        });
        assertThat(MlBodies.batch(64)).isEqualTo(MlBodies.batch(64));
        assertThat(new ObjectMapper().readTree(MlBodies.batch(1)).path("rows").size())
                .isEqualTo(1);
    }

    @Test
    void quickRunsBatchOneAndSixtyFourOnlyAndTheLongerPresetsAddTheFixedRate() {
        List<StepSpec> quick = WorkloadSteps.of(Workload.ML, Preset.QUICK);
        List<StepSpec> standard = WorkloadSteps.of(Workload.ML, Preset.STANDARD);

        assertThat(quick).extracting(StepSpec::level).containsExactly("b1", "b64");
        assertThat(standard).extracting(StepSpec::level).containsExactly("b1", "b64", "fixed");
        StepSpec.Request request = quick.get(1).mix().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/ml/predict");
        assertThat(request.body()).isEqualTo(MlBodies.batch(64));
    }

    @Test
    void quickRunsMlOnlyWhenItIsNamedAndTheLongerPresetsByDefault() {
        RunPlan quick = PlanResolver.resolve(
                "quick", List.of("stdlib-threaded"), List.of(), 0, PlanFixtures.catalog(), PlanFixtures.TWO_CORES);
        RunPlan named = PlanResolver.resolve(
                "quick", List.of("stdlib-threaded"), List.of("ml"), 0, PlanFixtures.catalog(), PlanFixtures.TWO_CORES);
        RunPlan standard = PlanResolver.resolve(
                "standard", List.of("stdlib-threaded"), List.of(), 0, PlanFixtures.catalog(), PlanFixtures.TWO_CORES);

        assertThat(quick.plan().workloads()).doesNotContain(Workload.ML).contains(Workload.JSON);
        assertThat(named.plan().workloads()).containsExactly(Workload.ML);
        assertThat(standard.plan().workloads()).contains(Workload.ML);
    }
}
