package dev.bakeoff.run;

import dev.bakeoff.lab.AppFailure;
import dev.bakeoff.lab.AppProcess;
import dev.bakeoff.lab.CpuSets;
import dev.bakeoff.lab.Dataset;
import dev.bakeoff.lab.EnvironmentProbe;
import dev.bakeoff.lab.LabServices;
import dev.bakeoff.lab.LaunchSettings;
import dev.bakeoff.lab.Ports;
import dev.bakeoff.lab.PostgresCluster;
import dev.bakeoff.lab.StackSetup;
import dev.bakeoff.loadgen.LoadInterrupted;
import dev.bakeoff.model.Environment;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.RunStatus;
import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.StackStatus;
import dev.bakeoff.model.Workload;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.plan.RunPlan;
import dev.bakeoff.plan.StepSpec;
import dev.bakeoff.run.StepRunner.Warmup;
import dev.bakeoff.store.RunStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Executes a {@link RunPlan}: per round, each stack in turn (the order rotates between rounds so that
 * machine drift hits all alike) is started fresh on the app cores, loaded step by step from the other
 * cores, and stopped. Every trial is stored as soon as it ends; an app that fails fails only its own
 * cells, and the run goes on.
 */
public final class Runner {
    private final Workspace workspace;
    private final RunStore store;
    private final RunListener listener;
    private final StackSetup setup = StackSetup.forRun();
    private volatile AppProcess current;
    private String runId;
    private volatile boolean interrupted;
    private volatile boolean cancelled;
    private final Object stepLock = new Object();
    private Thread stepThread;
    private int stepIndex;
    private int failedCells;

    public Runner(Workspace workspace, RunStore store, RunListener listener) {
        this.workspace = workspace;
        this.store = store;
        this.listener = listener;
    }

    /** What a finished (or interrupted) run left in the store. */
    public record Outcome(String runId, RunStatus status, int failedCells) {}

    public Outcome run(RunPlan plan, String toolVersion) {
        store.closeAbandonedRuns()
                .forEach(id -> listener.message("run " + id + " was interrupted earlier; marked incomplete"));
        // Read before pinning, so that the stacks' version probes use both cores: no app is running yet.
        Environment env = EnvironmentProbe.read(
                workspace.root(), toolVersion, plan.stacks(), plan.plan().cpus(), setup);
        if (!CpuSets.pinSelf(plan.plan().cpus()) && !plan.plan().cpus().shared()) {
            listener.message("could not pin the load generator to cores "
                    + plan.plan().cpus().loadList());
        }
        Path dataset = Dataset.ensure(workspace.dataDir(), plan.plan().datasetRows());
        String runId = store.beginRun(plan.plan(), env);
        this.runId = runId;
        Thread hook = new Thread(() -> onInterrupt(runId), "bakeoff-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try (LabServices lab = new LabServices(workspace, plan.plan().cpus())) {
            lab.leftovers()
                    .forEach(a -> listener.message("stopped " + a + ", left running by a Bakeoff that was killed"));
            StepRunner steps =
                    new StepRunner(plan.preset(), plan.plan().cpus().appCpus().size());
            steps.watchDownstream(lab.downstream());
            if (plan.plan().workloads().contains(Workload.DB)) {
                startDatabase(lab, steps);
            }
            for (int round = 1; round <= plan.plan().rounds() && !interrupted; round++) {
                List<StackDefinition> order = rotated(plan.stacks(), round - 1);
                for (StackDefinition stack : order) {
                    if (interrupted) {
                        break;
                    }
                    runStack(plan, stack, round, lab, dataset, steps);
                }
            }
        } catch (RuntimeException bug) {
            // An internal error ends the run (its apps are stopped by now): stored as incomplete, not as a
            // stack's failure, and rethrown to the error boundary.
            store.finishRun(runId, RunStatus.INCOMPLETE);
            throw bug;
        } finally {
            if (!interrupted || cancelled) {
                removeHook(hook);
            }
            CpuSets.unpinSelf();
        }
        RunStatus status = interrupted ? RunStatus.INCOMPLETE : failedCells > 0 ? RunStatus.FAILED : RunStatus.COMPLETE;
        if (!interrupted || cancelled) {
            store.finishRun(runId, status);
        }
        return new Outcome(runId, status, failedCells);
    }

    /**
     * Stops the run from another thread (the web UI's Cancel): the app in flight is stopped at once, no
     * further step starts, and {@link #run} returns with the run stored as {@code incomplete}.
     */
    public void cancel() {
        cancelled = true;
        interrupted = true;
        AppProcess app = current;
        if (app != null) {
            app.close();
        }
        // The step in flight would load the stopped app until its time is up (a warm-up: up to 15 s);
        // the load generator ends early when interrupted. Only ever inside a step: see stepping().
        synchronized (stepLock) {
            if (stepThread != null) {
                stepThread.interrupt();
            }
        }
    }

    /**
     * Marks the runner's thread as inside a step (true) or out of it (false). Leaving a step clears an
     * interrupt meant for it, so that stopping the app and closing the lab afterwards are not cut short.
     */
    private void stepping(boolean inside) {
        synchronized (stepLock) {
            stepThread = inside ? Thread.currentThread() : null;
            if (!inside && cancelled) {
                Thread.interrupted();
            }
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down after a cancel: the hook runs and marks the run incomplete too
        }
    }

    /** The db workload's PostgreSQL, before any app starts, so that every app gets its DATABASE_URL. */
    private void startDatabase(LabServices lab, StepRunner steps) {
        try {
            PostgresCluster db = lab.database();
            steps.sampleDatabase(db.pid(), lab.cpus().loadCpus().size());
            listener.message("PostgreSQL " + db.version() + " started on 127.0.0.1, cores " + db.cpus()
                    + " (with the load generator)");
        } catch (AppFailure e) {
            listener.message("db workload: " + e.getMessage() + "; its cells will fail");
        }
    }

    private void runStack(
            RunPlan plan, StackDefinition stack, int round, LabServices lab, Path dataset, StepRunner steps) {
        StackStatus status = setup.status(stack);
        if (!status.ready()) {
            failAll(plan, stack, round, stack.name() + " is not ready: " + status.reason());
            return;
        }
        // The ml model only where this round predicts: loading it would be charged to every other figure.
        boolean predicts = stack.workloads().contains(Workload.ML)
                && plan.sequence().stream().anyMatch(s -> s.workload() == Workload.ML);
        LaunchSettings settings = lab.launch(stack.name(), "run-round" + round, Ports.free(), dataset);
        Map<StepSpec, Measurement> apart = new HashMap<>();
        if (predicts && stack.workloads().contains(Workload.STARTUP)) {
            for (StepSpec spec : plan.sequence()) {
                if (spec instanceof StepSpec.Startup s && !interrupted) {
                    LaunchSettings own =
                            lab.launch(stack.name(), "run-round" + round + "-startup", Ports.free(), dataset);
                    apart.put(spec, StartupStep.apart(stack, own, s, round, a -> current = a));
                }
            }
        }
        try (AppProcess app = AppProcess.start(stack, predicts ? settings : settings.withoutModel())) {
            current = app;
            long readyMillis;
            try {
                readyMillis = app.awaitReady().toMillis();
            } catch (AppFailure e) {
                failAll(plan, stack, round, e.getMessage() + HealthProbe.tail(e.logTail()));
                return;
            }
            Set<String> unsupported = new HashSet<>();
            WarmEndpoints warmth = new WarmEndpoints(steps, app, stack, plan.sequence(), listener);
            Map<String, Measurement> levels = new HashMap<>();
            String broken = null; // once the app stops answering, the rest of its round is skipped, not waited out
            for (StepSpec spec : plan.sequence()) {
                Workload w = spec.workload();
                if (!spec.appliesTo(stack)) {
                    if (!stack.workloads().contains(w) && unsupported.add(w.id())) {
                        listener.message(stack.name() + ": " + w.id() + " not supported (" + stack.source() + ")");
                    }
                    stepIndex++;
                    continue;
                }
                if (interrupted) {
                    return;
                }
                listener.stepStarted(stack.name(), w.id(), spec.level(), round, ++stepIndex, plan.totalSteps());
                Measurement m;
                if (broken != null) {
                    m = Measurement.failed(stack.name(), w, spec.level(), round, "skipped: " + broken);
                } else if (!app.isAlive()) {
                    m = Measurement.failed(
                            stack.name(),
                            w,
                            spec.level(),
                            round,
                            "the app had exited" + HealthProbe.logTail(app, stack.name(), 15));
                } else {
                    stepping(true);
                    try {
                        if (apart.containsKey(spec)) {
                            levels.put(levelKey(w, spec.level()), apart.get(spec));
                            record(apart.get(spec));
                            continue;
                        }
                        Warmup warmup = warmth.before(spec);
                        m = Unanswered.check(
                                runStep(steps, app, stack.name(), spec, round, readyMillis, warmup, levels), spec, app);
                    } finally {
                        stepping(false);
                    }
                }
                if (!m.ok() && broken == null) {
                    // Only an app that is really down loses the rest of its round: one answering late is not.
                    String why = m.note().lines().findFirst().orElse("");
                    var down = HealthProbe.down(app);
                    if (down.isPresent()) {
                        broken = "the app stopped working earlier in this round (" + why + "; then " + down.get() + ")"
                                + HealthProbe.logTail(app, stack.name(), 15);
                    } else {
                        listener.message(stack.name() + ": " + w.id() + " " + spec.level() + " failed (" + why
                                + ") but /health still answers: the rest of the round runs");
                    }
                }
                levels.put(levelKey(w, spec.level()), m);
                record(m);
            }
        } finally {
            current = null;
        }
    }

    private Measurement runStep(
            StepRunner steps,
            AppProcess app,
            String stack,
            StepSpec spec,
            int round,
            long readyMillis,
            Warmup warmup,
            Map<String, Measurement> levels) {
        try {
            Measurement m = switch (spec) {
                case StepSpec.Closed c ->
                    steps.http(
                            app,
                            stack,
                            c,
                            round,
                            new dev.bakeoff.loadgen.LoadShape.ClosedModel(),
                            c.connections(),
                            c.mix(),
                            warmup,
                            c.measureSeconds() < 0 ? steps.preset().measureSeconds : c.measureSeconds(),
                            listener::interval);
                case StepSpec.Open o ->
                    steps.http(
                            app,
                            stack,
                            o,
                            round,
                            new dev.bakeoff.loadgen.LoadShape.OpenModel(o.rate()),
                            o.connections(),
                            o.mix(),
                            warmup,
                            o.measureSeconds(),
                            listener::interval);
                case StepSpec.Capacity c ->
                    CapacitySearch.run(
                            steps,
                            app,
                            stack,
                            c,
                            round,
                            levels.containsKey(levelKey(c.workload(), c.maxLevel()))
                                    ? levels.get(levelKey(c.workload(), c.maxLevel()))
                                            .achievedRate()
                                    : 0,
                            // A fixed-rate step of the same endpoint that met the SLO: the capacity is at least that.
                            Optional.ofNullable(levels.get(levelKey(c.workload(), "fixed"))),
                            listener::interval);
                case StepSpec.Paced pc ->
                    PacedStep.run(
                            steps,
                            app,
                            stack,
                            pc,
                            round,
                            Optional.ofNullable(levels.get(levelKey(pc.workload(), pc.fromLevel()))),
                            listener::interval);
                case StepSpec.Ws ws -> WsStepRunner.run(steps, app, stack, ws, round, listener::interval);
                case StepSpec.Startup s -> StartupStep.measure(app, stack, s, round, readyMillis);
                case StepSpec.Fault f -> FaultStep.run(steps, app, stack, f, round, listener::interval);
            };
            if (!app.isAlive()) {
                return Measurement.failed(
                        stack,
                        spec.workload(),
                        spec.level(),
                        round,
                        "the app exited during this step" + HealthProbe.logTail(app, stack, 15));
            }
            return m;
        } catch (AppFailure | LoadInterrupted e) {
            // Only the app's failures and a load cut short fail the cell; any other exception is a bug in
            // Bakeoff and goes up to the error boundary (exit 1), never charged to the stack.
            return Measurement.failed(
                    stack,
                    spec.workload(),
                    spec.level(),
                    round,
                    "the step failed: " + e.getMessage() + HealthProbe.logTail(app, stack, 10));
        }
    }

    /** Steps are found by workload and level: "max" alone names one step in each of four workloads. */
    private static String levelKey(Workload w, String level) {
        return w.id() + "/" + level;
    }

    private void failAll(RunPlan plan, StackDefinition stack, int round, String why) {
        listener.message(stack.name() + " round " + round + ": "
                + why.lines().findFirst().orElse(why));
        for (StepSpec spec : plan.sequence()) {
            ++stepIndex;
            if (stack.workloads().contains(spec.workload())) {
                record(Measurement.failed(stack.name(), spec.workload(), spec.level(), round, why));
            }
        }
    }

    private void record(Measurement m) {
        if (!m.ok()) {
            failedCells++;
        }
        if (interrupted) {
            return; // the interrupt hook closed the run; a trial cut short is not a finished trial
        }
        store.addTrial(currentRunId(), m);
        listener.stepEnded(m);
    }

    private String currentRunId() {
        return runId;
    }

    private void onInterrupt(String id) {
        interrupted = true;
        AppProcess app = current;
        if (app != null) {
            app.close();
        }
        store.finishRun(id, RunStatus.INCOMPLETE);
    }

    static <T> List<T> rotated(List<T> list, int by) {
        List<T> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(list.get((i + by) % list.size()));
        }
        return out;
    }
}
