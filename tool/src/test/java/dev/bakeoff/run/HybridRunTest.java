package dev.bakeoff.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.lab.CpuSets;
import dev.bakeoff.lab.LaunchSettings;
import dev.bakeoff.lab.MlModel;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workload;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.plan.PlanFixtures;
import dev.bakeoff.plan.PlanResolver;
import dev.bakeoff.plan.RunPlan;
import dev.bakeoff.stats.Summarizer;
import dev.bakeoff.store.RunStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A composed stack measured as deployed: stdlib-hybrid (stdlib-ml-front forwarding /ml/predict to stdlib-ml)
 * beside stdlib-ml alone. Both its processes run during its steps, none is left after the run, and the
 * hop metrics come out of the summary.
 */
@Tag("e2e")
class HybridRunTest {
    @TempDir
    Path state;

    @Test
    void aComposedStackStartsBothPartsStopsBothAndGetsItsHopMeasured() throws IOException {
        writeStandInModel(state);
        Workspace ws = new Workspace(PlanFixtures.stacksDir().getParent(), PlanFixtures.stacksDir(), state);
        RunPlan plan = PlanResolver.resolve(
                "quick",
                List.of("stdlib-ml", "stdlib-hybrid"),
                List.of("ml"),
                0,
                PlanFixtures.catalog(),
                CpuSets.plan(0));
        assertThat(plan.plan().notes()).anyMatch(n -> n.startsWith("Composed: stdlib-hybrid runs stdlib-ml-front"));
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        int[] hybridProcesses = {0};
        try (RunStore store = RunStore.open(state.resolve("bakeoff.db"))) {
            Runner.Outcome outcome = new Runner(ws, store, new RunListener() {
                        @Override
                        public void stepStarted(
                                String stack, String workload, String level, int round, int index, int total) {
                            List<Long> apps = apps();
                            seen.addAll(apps);
                            if (stack.equals("stdlib-hybrid")) {
                                hybridProcesses[0] = Math.max(hybridProcesses[0], apps.size());
                            }
                        }
                    })
                    .run(plan, "test");

            StoredRun run = store.load(outcome.runId()).orElseThrow();
            assertThat(run.measurements()).isNotEmpty().allMatch(m -> m.ok(), "every cell ok");
            assertThat(hybridProcesses[0]).as("front and service both running").isEqualTo(2);
            RunMetrics metrics = Summarizer.summarize(run);
            assertThat(metrics.find("stdlib-hybrid", Workload.ML, MetricNames.ML_HOP_P50_MS))
                    .isPresent();
            assertThat(metrics.find("stdlib-hybrid", Workload.ML, MetricNames.ML_HOP_P99_MS))
                    .isPresent();
            assertThat(metrics.find("stdlib-ml", Workload.ML, MetricNames.ML_HOP_P99_MS))
                    .as("a stack that runs one app has no hop")
                    .isEmpty();

            // Its service hung, then killed: every forwarded call fails, the front's own /json still answers,
            // and the front forwards again once the service is back.
            assertThat(run.measurements())
                    .filteredOn(m -> m.level().startsWith("svc-"))
                    .extracting(m -> m.stack() + " " + m.level())
                    .containsExactlyInAnyOrder("stdlib-hybrid svc-stall", "stdlib-hybrid svc-down");
            for (String failed : List.of(MetricNames.ML_STALL_FAILED_SHARE, MetricNames.ML_DOWN_FAILED_SHARE)) {
                assertThat(metrics.find("stdlib-hybrid", Workload.ML, failed)
                                .orElseThrow()
                                .median())
                        .as(failed)
                        .isGreaterThan(0.9);
            }
            assertThat(metrics.find("stdlib-hybrid", Workload.ML, MetricNames.ML_STALL_P99_MS)
                            .orElseThrow()
                            .median())
                    .as("a hung service costs each call about the front's timeout")
                    .isBetween(0.8 * LaunchSettings.SERVICE_TIMEOUT_MS, 3.0 * LaunchSettings.SERVICE_TIMEOUT_MS);
            assertThat(metrics.find("stdlib-hybrid", Workload.ML, MetricNames.ML_DOWN_JSON_P99_MS))
                    .isPresent();
            assertThat(metrics.find("stdlib-hybrid", Workload.ML, MetricNames.ML_DOWN_RECOVERY_MS))
                    .isPresent();
            assertThat(metrics.find("stdlib-hybrid", Workload.ML, MetricNames.ML_SERVICE_CPU_S_PER_1K))
                    .as("the service sampled apart")
                    .isPresent();
        }
        assertThat(apps()).as("no app process left").isEmpty();
        assertThat(seen)
                .isNotEmpty()
                .noneMatch(
                        pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    /** The test stacks' app processes now running under this JVM (the lab starts them through setsid). */
    private static List<Long> apps() {
        return ProcessHandle.current()
                .descendants()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains("stdlib-app.py"))
                .filter(p -> !p.info().commandLine().orElse("").startsWith("setsid"))
                .map(ProcessHandle::pid)
                .toList();
    }

    /** The test stacks never read a model: a reference of a few rows is enough for them to answer. */
    static void writeStandInModel(Path state) throws IOException {
        Path ml = MlModel.dir(state);
        Files.createDirectories(ml);
        Files.writeString(ml.resolve("model.onnx"), "stand-in");
        Files.writeString(ml.resolve("model.joblib"), "stand-in");
        StringBuilder row = new StringBuilder();
        for (int f = 0; f < 30; f++) {
            row.append(f == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.1f", f / 10.0));
        }
        Files.writeString(
                ml.resolve("reference.json"),
                "{\"features\": 30, \"batches\": [{\"size\": 1, \"rows\": [[" + row + "]], \"scores\": [0.25]}]}");
    }
}
