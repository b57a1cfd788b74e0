package dev.bakeoff.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.lab.CpuSets;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.RunStatus;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workload;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.plan.PlanFixtures;
import dev.bakeoff.plan.PlanResolver;
import dev.bakeoff.plan.Preset;
import dev.bakeoff.plan.RunPlan;
import dev.bakeoff.stats.Summarizer;
import dev.bakeoff.store.RunStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real run against real app processes (the standard-library test stacks), stored in a real SQLite file. */
@Tag("e2e")
class RunnerTest {
    @TempDir
    Path state;

    @Test
    void aRunStoresEveryTrialAndAFailingAppFailsOnlyItsOwnCells() throws java.io.IOException {
        Workspace ws = new Workspace(PlanFixtures.stacksDir().getParent(), PlanFixtures.stacksDir(), state);
        RunPlan plan = PlanResolver.resolve(
                "quick",
                List.of("stdlib-crash", "stdlib-threaded"),
                List.of("startup", "plaintext"),
                0,
                PlanFixtures.catalog(),
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

            assertThat(outcome.status()).isEqualTo(RunStatus.FAILED);
            StoredRun run = store.load(outcome.runId()).orElseThrow();
            // The run pins itself to the load cores before it reads its environment: the cores it records are
            // the machine's, and the split is the plan's.
            long machine = java.nio.file.Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("processor"))
                    .count();
            assertThat(run.environment().cores()).isEqualTo((int) machine);
            assertThat(run.environment().appCores())
                    .isEqualTo(plan.plan().cpus().appCpus().size());
            assertThat(run.environment().loadCores())
                    .isEqualTo(plan.plan().cpus().loadCpus().size());
            assertThat(run.environment().oneLine()).contains(machine + " cores (app ");
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
    void anAppIsWarmedUpOnceOnAllItsEndpointsTogetherAndEveryStepThenBriefly() {
        List<String> messages = new ArrayList<>();
        StoredRun run = runQuick("stdlib-threaded", List.of("json", "mixed"), messages, RunStatus.COMPLETE);
        assertThat(messages)
                .filteredOn(t -> t.contains("warmed up"))
                .singleElement()
                .satisfies(t -> assertThat(t).startsWith("stdlib-threaded: /json + /cpu warmed up together for"));
        double window = dev.bakeoff.loadgen.Defaults.STEADY_STATE.window().toMillis() / 1000.0;
        assertThat(messages.stream()
                        .filter(t -> t.contains("warmed up together for"))
                        .map(t -> Double.parseDouble(t.replaceAll(".* for ([0-9.]+) s.*", "$1")))
                        .findFirst()
                        .orElseThrow())
                .isGreaterThanOrEqualTo(window - 0.05);
        for (String level : List.of("max", "fixed")) {
            assertThat(find(run, Workload.JSON, level).values().get("warmup_s")).isEqualTo(Preset.QUICK.warmupSeconds);
        }
        assertThat(find(run, Workload.MIXED, "baseline").values().get("warmup_s"))
                .isEqualTo(Preset.QUICK.warmupSeconds);
    }

    @Test
    void ioLevelsRunAtOneRateBelowTheCeilingAndReadTheDelayServicesLateness() {
        List<String> messages = new ArrayList<>();
        StoredRun run = runQuick("stdlib-threaded", List.of("io"), messages, RunStatus.COMPLETE);
        Measurement ceiling = find(run, Workload.IO, "ceiling");
        assertThat(ceiling.achievedRate()).isPositive();
        double rate = Math.min(PlanFixtures.IO_MAX_RATE, PlanFixtures.IO_RATE_SHARE * ceiling.achievedRate());
        for (String level : List.of("d50", "d1000")) {
            Measurement m = find(run, Workload.IO, level);
            assertThat(m.ok()).as(m::note).isTrue();
            assertThat(m.targetRate()).isEqualTo(rate);
            // warm-up at least the delay, so the measured phase sees the full count in flight
            assertThat(m.values().get("warmup_s"))
                    .isGreaterThanOrEqualTo(m.values().get(MetricNames.IO_DELAY_MS) / 1000);
            assertThat(m.values())
                    .containsKeys(
                            MetricNames.IO_OVERHEAD_P99_MS,
                            MetricNames.IO_DELAY_LATE_P99_MS,
                            MetricNames.APP_CPU_S_PER_1K);
        }
        assertThat(find(run, Workload.IO, "d1000").values().get(MetricNames.IO_IN_FLIGHT))
                .isEqualTo(rate);
    }

    @Test
    void aFailedCellOfAnAppThatStillAnswersHealthDoesNotSkipTheRestOfItsRound() {
        List<String> messages = new ArrayList<>();
        StoredRun run = runQuick("stdlib-cpu-errors", List.of("cpu", "data"), messages, RunStatus.FAILED);
        assertThat(find(run, Workload.CPU, "max").ok()).isFalse();
        assertThat(messages).anyMatch(t -> t.contains("but /health still answers: the rest of the round runs"));
        assertThat(find(run, Workload.DATA, "max").ok())
                .as(() -> find(run, Workload.DATA, "max").note())
                .isTrue();
        assertThat(find(run, Workload.DATA, "max").note()).doesNotContain("skipped");
        assertThat(find(run, Workload.DATA, "max").achievedRate()).isPositive();
    }

    private StoredRun runQuick(String stack, List<String> workloads, List<String> messages, RunStatus status) {
        Workspace ws = new Workspace(PlanFixtures.stacksDir().getParent(), PlanFixtures.stacksDir(), state);
        RunPlan plan =
                PlanResolver.resolve("quick", List.of(stack), workloads, 0, PlanFixtures.catalog(), CpuSets.plan(0));
        try (RunStore store = RunStore.open(state.resolve("bakeoff.db"))) {
            Runner.Outcome outcome = new Runner(ws, store, new RunListener() {
                        @Override
                        public void message(String text) {
                            messages.add(text);
                        }
                    })
                    .run(plan, "test");
            StoredRun run = store.load(outcome.runId()).orElseThrow();
            assertThat(outcome.status())
                    .as(() -> "failed cells: "
                            + run.measurements().stream()
                                    .filter(m -> !m.ok())
                                    .map(m -> m.workload().id() + " " + m.level() + ": " + m.note())
                                    .toList())
                    .isEqualTo(status);
            return run;
        }
    }

    private static Measurement find(StoredRun run, Workload w, String level) {
        return run.measurements().stream()
                .filter(m -> m.workload() == w && m.level().equals(level))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void stacksRotateBetweenRoundsSoDriftHitsAllAlike() {
        assertThat(Runner.rotated(List.of("a", "b", "c"), 1)).containsExactly("b", "c", "a");
    }
}
