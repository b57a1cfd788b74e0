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
    void everyPresetRunsBothBatchesTheFixedRateAndTheServiceFaults() {
        for (Preset p : Preset.values()) {
            assertThat(WorkloadSteps.of(Workload.ML, p))
                    .extracting(StepSpec::level)
                    .as(p.id())
                    .containsExactly("b1", "b64", "fixed", "svc-stall", "svc-down");
        }
        StepSpec.Request request =
                WorkloadSteps.of(Workload.ML, Preset.QUICK).get(1).mix().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/ml/predict");
        assertThat(request.body()).isEqualTo(MlBodies.batch(64));
    }

    @Test
    void aFaultStepHasAConnectionForEveryForwardedCallTheHungServiceHolds() {
        StepSpec.Fault stall =
                (StepSpec.Fault) WorkloadSteps.of(Workload.ML, Preset.QUICK).get(3);
        // The load generator splits an open mix's connections by rate: the forwarded class gets its share.
        double mlShare = (double) stall.mix().getFirst().weight()
                / stall.mix().stream().mapToInt(StepSpec.Request::weight).sum();
        double held = Defaults.FAULT_ML_RATE * Defaults.SERVICE_TIMEOUT_MS / 1000.0;
        assertThat(stall.connections() * mlShare).isGreaterThanOrEqualTo(1.5 * held);
        assertThat(stall.settleSeconds()).isGreaterThan(Defaults.SERVICE_TIMEOUT_MS / 1000.0);
        assertThat(stall.mix()).extracting(StepSpec.Request::path).containsExactly("/ml/predict", "/json");
    }

    @Test
    void serviceFaultsRunLastAndOnlyForComposedStacks() {
        var catalog = PlanFixtures.referenceCatalog();
        RunPlan plan = PlanResolver.resolve(
                "standard",
                List.of("python-fastapi", "hybrid-fastify-fastapi"),
                List.of("ml", "json", "ws"),
                1,
                catalog,
                PlanFixtures.TWO_CORES);
        List<StepSpec> order = plan.sequence();
        assertThat(order.subList(order.size() - 2, order.size()))
                .extracting(StepSpec::level)
                .as("after every other step, WebSocket fan-out included")
                .containsExactly("svc-stall", "svc-down");
        StepSpec stall = order.get(order.size() - 2);
        assertThat(stall.appliesTo(
                        catalog.select(List.of("hybrid-fastify-fastapi")).getFirst()))
                .isTrue();
        assertThat(stall.appliesTo(catalog.select(List.of("python-fastapi")).getFirst()))
                .isFalse();
        assertThat(order.get(order.size() - 3)
                        .appliesTo(catalog.select(List.of("python-fastapi")).getFirst()))
                .isTrue();
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
