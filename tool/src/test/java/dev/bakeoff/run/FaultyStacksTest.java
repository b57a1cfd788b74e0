package dev.bakeoff.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.lab.CpuSets;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.RunStatus;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.plan.PlanFixtures;
import dev.bakeoff.plan.PlanResolver;
import dev.bakeoff.plan.RunPlan;
import dev.bakeoff.store.RunStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deliberately faulty apps (see src/test/resources/stacks/stdlib-app.py): one that never becomes
 * ready, one that hangs mid-run, one that answers garbage mid-run. Each fails its own cells with its
 * last log lines; the run goes on to the healthy stack; nothing is left running.
 */
@Tag("e2e")
class FaultyStacksTest {
    @TempDir
    Path state;

    @Test
    void faultyAppsFailTheirCellsWithTheirLogsAndTheRunGoesOn() {
        Workspace ws = new Workspace(PlanFixtures.stacksDir().getParent(), PlanFixtures.stacksDir(), state);
        RunPlan plan = PlanResolver.resolve(
                "quick",
                List.of("stdlib-never-ready", "stdlib-hang", "stdlib-garbage", "stdlib-threaded"),
                List.of("startup", "plaintext", "json"),
                0,
                PlanFixtures.catalog(),
                CpuSets.plan(0));
        try (RunStore store = RunStore.open(state.resolve("bakeoff.db"))) {
            Runner.Outcome outcome = new Runner(ws, store, new RunListener() {}).run(plan, "test");
            StoredRun run = store.load(outcome.runId()).orElseThrow();

            assertThat(outcome.status()).isEqualTo(RunStatus.FAILED);
            assertThat(cells(run, "stdlib-never-ready"))
                    .isNotEmpty()
                    .noneMatch(Measurement::ok)
                    .allMatch(m -> m.note().contains("did not answer 200 on /health"));
            assertThat(cells(run, "stdlib-hang"))
                    .anyMatch(m -> !m.ok() && m.note().contains("hanging on purpose"));
            assertThat(cells(run, "stdlib-garbage"))
                    .anyMatch(m -> !m.ok() && m.note().contains("garbage on purpose"));
            assertThat(cells(run, "stdlib-threaded"))
                    .hasSize(5) // cold, plaintext max, json max + fixed + eff (quick has no capacity search)
                    .allMatch(Measurement::ok);
        }
        assertThat(ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().commandLine().orElse("").contains("stdlib-app.py")))
                .isEmpty();
    }

    private static List<Measurement> cells(StoredRun run, String stack) {
        return run.measurements().stream().filter(m -> m.stack().equals(stack)).toList();
    }
}
