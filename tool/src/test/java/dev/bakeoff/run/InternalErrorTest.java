package dev.bakeoff.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bakeoff.lab.CpuSets;
import dev.bakeoff.loadgen.IntervalStats;
import dev.bakeoff.model.RunInfo;
import dev.bakeoff.model.RunStatus;
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
 * A bug in Bakeoff's own code during a step (here: a listener that throws, as a broken progress display
 * would) is not a failure of the stack: the run stops, is stored as incomplete with no failed cell charged
 * to the app, the app is stopped, and the exception reaches the caller (the CLI's error boundary: exit 1).
 */
@Tag("e2e")
class InternalErrorTest {
    @TempDir
    Path state;

    @Test
    void aBugInTheToolDuringAStepReachesTheCallerInsteadOfFailingTheStacksCell() {
        Workspace ws = new Workspace(PlanFixtures.stacksDir().getParent(), PlanFixtures.stacksDir(), state);
        RunPlan plan = PlanResolver.resolve(
                "quick", List.of("stdlib-threaded"), List.of("plaintext"), 0, PlanFixtures.catalog(), CpuSets.plan(0));
        RunListener broken = new RunListener() {
            @Override
            public void interval(IntervalStats stats) {
                throw new IllegalStateException("injected fault in the tool");
            }
        };
        try (RunStore store = RunStore.open(state.resolve("bakeoff.db"))) {
            assertThatThrownBy(() -> new Runner(ws, store, broken).run(plan, "test"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("injected fault in the tool");

            RunInfo run = store.history().getFirst();
            assertThat(run.status()).isEqualTo(RunStatus.INCOMPLETE);
            assertThat(run.failedCells()).isZero();
        }
        assertThat(ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().commandLine().orElse("").contains("stdlib-app.py")))
                .isEmpty();
    }
}
