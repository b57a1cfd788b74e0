package dev.bakeoff.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.Workload;
import org.junit.jupiter.api.Test;

/** The one warm-up phase's request mix: one class per endpoint, the data tiers apart. */
class WarmupMixTest {
    @Test
    void theDataTiersAreWarmedApartBecauseTheyRunDifferentCodeButOtherQueriesAreNot() {
        StackDefinition node = PlanFixtures.catalog()
                .select(java.util.List.of("stdlib-threaded"))
                .get(0);
        var sequence = WorkloadSteps.of(Workload.DATA, Preset.QUICK);
        assertThat(WarmupMix.of(sequence, node))
                .extracting(StepSpec.Request::warmKey)
                .containsExactly("/data/report?tier=realistic", "/data/report?tier=tuned");
        assertThat(WarmupMix.of(WorkloadSteps.of(Workload.CPU, Preset.QUICK), node))
                .extracting(StepSpec.Request::warmKey)
                .containsExactly("/cpu");
    }
}
