package dev.bakeoff.flow;

import dev.bakeoff.lab.CpuSets;
import dev.bakeoff.lab.StackCatalog;
import dev.bakeoff.loadgen.IntervalStats;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.RunStatus;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.plan.PlanResolver;
import dev.bakeoff.plan.RunPlan;
import dev.bakeoff.run.RunListener;
import dev.bakeoff.run.Runner;
import dev.bakeoff.store.RunStore;
import java.nio.file.Path;
import java.util.List;

/**
 * Resolve the plan, open the store, run, summarize: the one place where the shells' runs (the run command,
 * {@code advise --measure}, the web UI's Start) go through the run engine. One instance runs one plan; {@link
 * #cancel()} may come from another thread at any time, also before the run has begun.
 */
public final class RunService {
    private final Workspace workspace;
    private final RunListener listener;
    private Runner runner;
    private boolean cancelled;

    /** @param listener told of the run as it goes, on the runner's thread */
    public RunService(Workspace workspace, Listener listener) {
        this.workspace = workspace;
        this.listener = adapt(listener);
    }

    /**
     * What a run reports while it goes, for progress bars (CLI) and live pages (web UI): the run engine's
     * listener as the shells see it. Called on the runner's thread; implementations must return quickly.
     */
    public interface Listener {
        /** A step starts: {@code index} of {@code total} steps in the whole run. */
        default void stepStarted(String stack, String workload, String level, int round, int index, int total) {}

        /** One second of the current step has passed. */
        default void interval(IntervalStats stats) {}

        /** A step ended with this measurement (also for failed cells). */
        default void stepEnded(Measurement m) {}

        /** Something a person should read (an app that failed to start, a skipped stack). */
        default void message(String text) {}
    }

    /** How a run ended; its trials are in the store under {@code runId}. */
    public record Outcome(String runId, RunStatus status, int failedCells) {}

    /** A run that ended, with its summary and the store that holds it. */
    public record Ran(Outcome outcome, RunMetrics summary, Path store) {}

    /**
     * The plan of {@code preset} for these stacks and workloads (empty: all), with {@code rounds} instead of
     * the preset's when above 0 and {@code appCores} for the app when above 0 (else half the cores).
     */
    public static RunPlan plan(
            Workspace ws, String preset, List<String> stacks, List<String> workloads, int rounds, int appCores) {
        return PlanResolver.resolve(
                preset,
                stacks,
                workloads,
                rounds,
                StackCatalog.load(ws.stacksDir(), ws.root()),
                CpuSets.plan(appCores));
    }

    /** Runs {@code plan}, every trial stored as it ends, and summarizes the stored run. */
    public Ran run(RunPlan plan, String toolVersion) {
        try (RunStore store = RunStore.open(Evidence.database(workspace))) {
            Outcome outcome = execute(store, plan, toolVersion);
            RunMetrics summary =
                    Evidence.summary(store, store.load(outcome.runId()).orElseThrow());
            return new Ran(outcome, summary, store.file());
        }
    }

    /** Runs {@code plan}, every trial stored as it ends, without summarizing it (its readers do that later). */
    public Outcome measure(RunPlan plan, String toolVersion) {
        try (RunStore store = RunStore.open(Evidence.database(workspace))) {
            return execute(store, plan, toolVersion);
        }
    }

    /**
     * Stops the app in flight and starts no further step; the run is stored as incomplete. Before the run
     * has begun, it will stop at once when it does.
     */
    public synchronized void cancel() {
        cancelled = true;
        if (runner != null) {
            runner.cancel();
        }
    }

    private Outcome execute(RunStore store, RunPlan plan, String toolVersion) {
        Runner r = new Runner(workspace, store, listener);
        synchronized (this) {
            runner = r;
            if (cancelled) {
                r.cancel();
            }
        }
        Runner.Outcome o = r.run(plan, toolVersion);
        return new Outcome(o.runId(), o.status(), o.failedCells());
    }

    private static RunListener adapt(Listener l) {
        return new RunListener() {
            @Override
            public void stepStarted(String stack, String workload, String level, int round, int index, int total) {
                l.stepStarted(stack, workload, level, round, index, total);
            }

            @Override
            public void interval(IntervalStats stats) {
                l.interval(stats);
            }

            @Override
            public void stepEnded(Measurement m) {
                l.stepEnded(m);
            }

            @Override
            public void message(String text) {
                l.message(text);
            }
        };
    }
}
