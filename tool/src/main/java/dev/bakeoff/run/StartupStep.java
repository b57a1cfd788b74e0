package dev.bakeoff.run;

import dev.bakeoff.lab.AppFailure;
import dev.bakeoff.lab.AppProcess;
import dev.bakeoff.lab.LaunchSettings;
import dev.bakeoff.lab.ResourceSampler;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.plan.Defaults;
import dev.bakeoff.plan.StepSpec;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The startup workload: launch to the first 200 on {@code /health}, then the idle memory of the app. Read
 * without the ml model: an app gets the model only when its round predicts, and a round that does measures
 * its start-up on a launch of its own without it ({@link #apart}), so that ready time and idle memory compare
 * the stacks, not their inference libraries (ml reports the model's load time and memory itself).
 */
final class StartupStep {
    private StartupStep() {}

    /** The measurement of an app that has just become ready, {@code readyMillis} after its launch. */
    static Measurement measure(AppProcess app, String stack, StepSpec.Startup spec, int round, long readyMillis) {
        sleep((long) (Defaults.STARTUP_SETTLE_SECONDS * 1000));
        double rss = ResourceSampler.rssMib(app.pids());
        return Measurement.of(stack, spec.workload(), spec.level(), round)
                .appPeakRssMib(rss)
                .appMeanRssMib(rss)
                .values(Map.of(MetricNames.READY_MS, (double) readyMillis, MetricNames.IDLE_RSS_MIB, rss))
                .build();
    }

    /**
     * Start-up measured on its own launch of {@code stack} without the model, stopped before the round's app
     * starts (never two apps on the app cores at once). {@code running} is told of the app while it runs
     * (and of null after), so that a cancel or an interrupt can stop it.
     */
    static Measurement apart(
            StackDefinition stack,
            LaunchSettings settings,
            StepSpec.Startup spec,
            int round,
            Consumer<AppProcess> running) {
        try (AppProcess app = AppProcess.start(stack, settings.withoutModel())) {
            running.accept(app);
            long ready = app.awaitReady().toMillis();
            return measure(app, stack.name(), spec, round, ready);
        } catch (AppFailure e) {
            return Measurement.failed(
                    stack.name(),
                    spec.workload(),
                    spec.level(),
                    round,
                    "start-up (launched without the ml model) failed: " + e.getMessage()
                            + HealthProbe.tail(e.logTail()));
        } finally {
            running.accept(null);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
