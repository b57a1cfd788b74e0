package dev.bakeoff.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.Workload;
import org.junit.jupiter.api.Test;

class WarmEndpointsTest {
    @Test
    void theDataTiersAreWarmedApartBecauseTheyRunDifferentCodeButOtherQueriesAreNot() {
        StackDefinition node = BenchFixtures.catalog()
                .select(java.util.List.of("stdlib-threaded"))
                .get(0);
        var sequence = WorkloadSteps.of(Workload.DATA, Preset.QUICK);
        assertThat(WarmEndpoints.endpoints(sequence, node))
                .extracting(StepSpec.Request::warmKey)
                .containsExactly("/data/report?tier=realistic", "/data/report?tier=tuned");
        assertThat(WarmEndpoints.endpoints(WorkloadSteps.of(Workload.CPU, Preset.QUICK), node))
                .extracting(StepSpec.Request::warmKey)
                .containsExactly("/cpu");
    }
}
