package dev.bakeoff.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.CpuPlan;
import dev.bakeoff.model.Environment;
import dev.bakeoff.model.Plan;
import dev.bakeoff.model.RunStatus;
import dev.bakeoff.model.Workload;
import dev.bakeoff.store.RunStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default evidence of advise: the latest complete run covering the most stacks; never a failed one. */
class EvidenceTest {
    @TempDir
    Path dir;

    private static Plan plan(String... stacks) {
        return new Plan(
                "quick",
                List.of(stacks),
                List.of(Workload.JSON),
                1,
                0.5,
                15,
                1,
                List.of(),
                new CpuPlan(List.of(1), List.of(0), false),
                1000,
                10,
                List.of(),
                List.of());
    }

    private static final Environment ENV =
            new Environment("cpu", 2, 1024, "os", "k", "25", "dev", "abc", Map.of("a", "v1"), 0, 0);

    private static String run(RunStore store, RunStatus status, String... stacks) throws InterruptedException {
        String id = store.beginRun(plan(stacks), ENV);
        store.finishRun(id, status);
        Thread.sleep(1100); // run ids and start times have one-second resolution
        return id;
    }

    @Test
    void aNewerFailedOrPartialRunIsNotTheDefaultAndIsNamed() throws Exception {
        try (RunStore store = RunStore.open(dir.resolve("b.db"))) {
            String full = run(store, RunStatus.COMPLETE, "node-fastify", "python-fastapi", "java-spring");
            String partial = run(store, RunStatus.COMPLETE, "java-spring");
            String failed = run(store, RunStatus.FAILED, "node-fastify", "python-fastapi", "java-spring");
            Evidence.Chosen chosen = Evidence.forAdvice(store, null);
            assertThat(chosen.run().runId()).isEqualTo(full);
            assertThat(chosen.notes().getFirst()).startsWith("Evidence: run " + full + " (complete");
            assertThat(chosen.notes()).anyMatch(n -> n.contains(failed) && n.contains("status is 'failed'"));
            assertThat(chosen.notes()).anyMatch(n -> n.contains(partial) && n.contains("covers only java-spring"));
        }
    }

    @Test
    void withOnlyAFailedRunNoMeasurementIsUsedAndTheVerdictIsCautioned() throws Exception {
        try (RunStore store = RunStore.open(dir.resolve("b.db"))) {
            run(store, RunStatus.FAILED, "node-fastify");
            Evidence.Chosen chosen = Evidence.forAdvice(store, null);
            assertThat(chosen.run()).isNull();
            assertThat(chosen.notes()).anyMatch(n -> n.startsWith("Caution: no complete run"));
        }
    }

    @Test
    void aNamedFailedRunIsUsedWithACaution() throws Exception {
        try (RunStore store = RunStore.open(dir.resolve("b.db"))) {
            String failed = run(store, RunStatus.FAILED, "node-fastify");
            Evidence.Chosen chosen = Evidence.forAdvice(store, failed);
            assertThat(chosen.run().runId()).isEqualTo(failed);
            assertThat(chosen.notes()).anyMatch(n -> n.startsWith("Caution: run " + failed + " has status 'failed'"));
        }
    }
}
