package dev.bakeoff.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.lab.CpuSets;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workload;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.store.RunStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real run against real app processes (the standard-library test stacks), stored in a real SQLite file. */
class RunnerTest {
    @TempDir
    Path state;

    @Test
    void aRunStoresEveryTrialAndAFailingAppFailsOnlyItsOwnCells() {
        Workspace ws = new Workspace(BenchFixtures.stacksDir().getParent(), BenchFixtures.stacksDir(), state);
        RunPlan plan = PlanResolver.resolve(
                "quick",
                List.of("stdlib-crash", "stdlib-threaded"),
                List.of("startup", "plaintext"),
                0,
                BenchFixtures.catalog(),
                CpuSets.plan(0));
        List<String> messages = new ArrayList<>();
        try (RunStore store = RunStore.open(state.resolve("bakeoff.db"))) {
            Runner.Outcome outcome = new Runner(ws, store, new RunListener() {
                        @Override
                        public void message(String text) {
                            messages.add(text);
                        }
                    })
                    .run(plan, "test");

            assertThat(outcome.status()).isEqualTo("failed");
            StoredRun run = store.load(outcome.runId()).orElseThrow();
            assertThat(run.measurements())
                    .hasSize(2 * 2); // 2 stacks x (cold + max); quick has no fixed-rate plaintext step
            assertThat(run.measurements())
                    .filteredOn(m -> m.stack().equals("stdlib-threaded"))
                    .allMatch(Measurement::ok);
            assertThat(run.measurements())
                    .filteredOn(m -> m.stack().equals("stdlib-crash") && !m.ok())
                    .isNotEmpty()
                    .allMatch(m -> m.note().contains("exit"));

            RunMetrics metrics = Summarizer.summarize(run);
            assertThat(metrics.find("stdlib-threaded", Workload.PLAINTEXT, MetricNames.MAX_RPS))
                    .get()
                    .satisfies(m -> assertThat(m.median()).isPositive());
            assertThat(metrics.find("stdlib-threaded", Workload.STARTUP, MetricNames.READY_MS))
                    .isPresent();
        }
        assertThat(ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().commandLine().orElse("").contains("stdlib-app.py")))
                .isEmpty();
    }

    @Test
    void anEndpointsFirstClosedStepWarmsUpUntilThroughputStopsRisingAndLaterStepsBriefly() {
        List<String> messages = new ArrayList<>();
        StoredRun run = runQuick(List.of("json"), messages);
        Measurement max = find(run, Workload.JSON, "max");
        Measurement fixed = find(run, Workload.JSON, "fixed");
        assertThat(max.values().get("warmup_s")).isBetween(1.6, Preset.QUICK.warmupMaxSeconds);
        assertThat(fixed.values().get("warmup_s")).isEqualTo(Preset.QUICK.warmupSeconds);
        assertThat(messages).anyMatch(t -> t.startsWith("stdlib-threaded: /json warmed up for"));
    }

    @Test
    void anOpenModelStepOnAColdEndpointIsPrecededByAnUnmeasuredWarmUp() {
        List<String> messages = new ArrayList<>();
        StoredRun run = runQuick(List.of("mixed"), messages);
        // Nothing before mixed warmed /json or /cpu: each gets a closed-model warm-up the open steps cannot give.
        assertThat(messages)
                .filteredOn(t -> t.contains("warmed up for"))
                .hasSize(2)
                .anyMatch(t -> t.contains(" /json warmed up"))
                .anyMatch(t -> t.contains(" /json + /cpu warmed up"));
        assertThat(find(run, Workload.MIXED, "baseline").values().get("warmup_s"))
                .isEqualTo(Preset.QUICK.warmupSeconds);
    }

    private StoredRun runQuick(List<String> workloads, List<String> messages) {
        Workspace ws = new Workspace(BenchFixtures.stacksDir().getParent(), BenchFixtures.stacksDir(), state);
        RunPlan plan = PlanResolver.resolve(
                "quick", List.of("stdlib-threaded"), workloads, 0, BenchFixtures.catalog(), CpuSets.plan(0));
        try (RunStore store = RunStore.open(state.resolve("bakeoff.db"))) {
            Runner.Outcome outcome = new Runner(ws, store, new RunListener() {
                        @Override
                        public void message(String text) {
                            messages.add(text);
                        }
                    })
                    .run(plan, "test");
            assertThat(outcome.status()).isEqualTo("complete");
            return store.load(outcome.runId()).orElseThrow();
        }
    }

    private static Measurement find(StoredRun run, Workload w, String level) {
        return run.measurements().stream()
                .filter(m -> m.workload() == w && m.level().equals(level))
                .findFirst()
                .orElseThrow();
    }
}
