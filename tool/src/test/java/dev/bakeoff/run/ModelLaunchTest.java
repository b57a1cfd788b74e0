package dev.bakeoff.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.lab.CpuSets;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workload;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.plan.PlanFixtures;
import dev.bakeoff.plan.PlanResolver;
import dev.bakeoff.plan.RunPlan;
import dev.bakeoff.store.RunStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ml model reaches only the launches that predict: stdlib-ml holds 96 MiB of stand-in model memory when
 * it is given the model, so start-up's idle memory shows whether its launch had it and ml's RSS whether the
 * round's app did.
 */
@Tag("e2e")
class ModelLaunchTest {
    private static final double BALLAST_MIB = 96;

    @TempDir
    Path state;

    @Test
    void startUpIsMeasuredWithoutTheModelAndTheMlStepsWithIt() throws IOException {
        StoredRun run = run(List.of("startup", "ml"));
        double idle = value(run, Workload.STARTUP, MetricNames.IDLE_RSS_MIB);
        double predicting = run.measurements().stream()
                .filter(m -> m.workload() == Workload.ML)
                .mapToDouble(Measurement::appPeakRssMib)
                .max()
                .orElseThrow();
        // The app holds the whole dataset too (~180 MiB at quick's size): the model shows as the difference.
        assertThat(predicting - idle)
                .as("the predicting app's memory beyond idle")
                .isGreaterThan(0.8 * BALLAST_MIB);
    }

    @Test
    void aRoundWithoutMlStepsNeverGivesTheAppTheModel() throws IOException {
        double apart = value(run(List.of("startup", "ml")), Workload.STARTUP, MetricNames.IDLE_RSS_MIB);
        double withoutMl = value(run(List.of("startup", "json")), Workload.STARTUP, MetricNames.IDLE_RSS_MIB);
        assertThat(Math.abs(withoutMl - apart))
                .as(
                        "idle memory of a round without ml (%.0f MiB) against start-up launched without the model (%.0f MiB)",
                        withoutMl, apart)
                .isLessThan(0.5 * BALLAST_MIB);
    }

    private StoredRun run(List<String> workloads) throws IOException {
        HybridRunTest.writeStandInModel(state);
        Workspace ws = new Workspace(PlanFixtures.stacksDir().getParent(), PlanFixtures.stacksDir(), state);
        RunPlan plan = PlanResolver.resolve(
                "quick", List.of("stdlib-ml"), workloads, 0, PlanFixtures.catalog(), CpuSets.plan(0));
        try (RunStore store = RunStore.open(state.resolve("bakeoff.db"))) {
            Runner.Outcome outcome = new Runner(ws, store, new RunListener() {}).run(plan, "test");
            StoredRun run = store.load(outcome.runId()).orElseThrow();
            assertThat(run.measurements()).isNotEmpty().allMatch(Measurement::ok, "every cell ok");
            return run;
        }
    }

    private static double value(StoredRun run, Workload w, String metric) {
        return run.measurements().stream()
                .filter(m -> m.workload() == w && m.values().containsKey(metric))
                .mapToDouble(m -> m.values().get(metric))
                .max()
                .orElseThrow(() -> new AssertionError("no " + metric + " in " + w.id()));
    }
}
