package dev.bakeoff.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.bakeoff.flow.RunService;
import dev.bakeoff.loadgen.IntervalStats;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.RunStatus;
import dev.bakeoff.model.Workload;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.plan.RunPlan;
import dev.bakeoff.store.StoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one run the UI may have going: the flow room's RunService with this as its listener, then the CLI's own
 * report and advise commands on the stored result. Listener calls come on the runner's thread, reads
 * of {@link #snapshot()} on request threads; all state is guarded by this object's lock.
 */
final class LiveRun implements RunService.Listener {
    private static final int KEEP = 40;

    private final Verdicts verdicts;
    private final String toolVersion;
    private State state = State.IDLE;
    private RunPlan plan;
    private long startedNanos;
    private long finishedNanos;
    private Step step;
    private boolean warmup;
    private double rate;
    private double p99Ms;
    private final List<Ended> recent = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private Result result;
    private Thread thread;
    private RunService service;
    private boolean cancelRequested;

    LiveRun(Verdicts verdicts, String toolVersion) {
        this.verdicts = verdicts;
        this.toolVersion = toolVersion;
    }

    /** What the UI shows; written to JSON by its lower-case name, which the page's script compares. */
    enum State {
        IDLE,
        RUNNING,
        CANCELLING,
        REPORTING,
        DONE,
        CANCELLED,
        FAILED;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record Step(String stack, String workload, String level, int round, int index, int total) {}

    record Ended(
            String stack,
            String workload,
            String level,
            int round,
            boolean ok,
            boolean flagged,
            double rate,
            double p99Ms,
            String note) {}

    /** @param verdict the advise command's JSON output, passed through as it is */
    record Result(
            String runId,
            RunStatus status,
            int failedCells,
            @JsonRawValue String verdict,
            String reportUrl,
            String adrUrl,
            String profileUrl,
            String error) {
        static Result failed(String runId, RunStatus status, String error) {
            return new Result(runId, status, 0, null, null, null, null, error);
        }
    }

    record Snapshot(
            State state,
            String preset,
            List<String> stacks,
            List<String> workloads,
            int totalSteps,
            double estimatedSeconds,
            double elapsedSeconds,
            double etaSeconds,
            Step step,
            boolean warmup,
            double rate,
            double p99Ms,
            List<Ended> recent,
            List<String> messages,
            Result result) {}

    /** Thrown when a run is already going: the UI answers 409. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("a run is already in progress; wait for it to end (one run at a time keeps the measurements fair)");
        }
    }

    /** Starts {@code resolved} in the background; the profile YAML was checked by the caller. */
    synchronized void start(RunPlan resolved, String profileYaml) {
        if (going()) {
            throw new Busy();
        }
        plan = resolved;
        state = State.RUNNING;
        startedNanos = System.nanoTime();
        step = null;
        recent.clear();
        messages.clear();
        result = null;
        service = null;
        cancelRequested = false;
        thread = Thread.ofPlatform().name("bakeoff-web-run").daemon(true).start(() -> execute(resolved, profileYaml));
    }

    /** A run is being measured or reported on. */
    synchronized boolean going() {
        return state == State.RUNNING || state == State.CANCELLING || state == State.REPORTING;
    }

    /** A run is being measured: nothing else should take CPU now. */
    synchronized boolean measuring() {
        return state == State.RUNNING || state == State.CANCELLING;
    }

    /**
     * The UI's Cancel: the runner stops the app in flight and starts no further step; the run is stored
     * as incomplete and gets no report. False when no run is being measured.
     */
    synchronized boolean cancel() {
        if (state != State.RUNNING) {
            return false;
        }
        state = State.CANCELLING;
        cancelRequested = true;
        if (service != null) {
            service.cancel();
        }
        return true;
    }

    /** Server shutdown: whatever is going stops (its finished trials stay stored). */
    synchronized void stop() {
        cancel();
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void execute(RunPlan resolved, String profileYaml) {
        Workspace ws = Workspace.discover();
        String runId = null;
        try {
            RunService s = new RunService(ws, this);
            synchronized (this) {
                service = s;
                if (cancelRequested) {
                    s.cancel();
                }
            }
            RunService.Outcome outcome = s.measure(resolved, toolVersion);
            runId = outcome.runId();
            synchronized (this) {
                if (cancelRequested) {
                    finish(State.CANCELLED, Result.failed(runId, outcome.status(), null));
                    return;
                }
                state = State.REPORTING;
            }
            finish(State.DONE, verdicts.make(runId, outcome.status(), outcome.failedCells(), profileYaml));
        } catch (BadInputException | StoreException | java.io.IOException e) {
            finish(State.FAILED, Result.failed(runId, RunStatus.FAILED, e.getMessage()));
        } catch (RuntimeException e) {
            // A bug in Bakeoff, not a failure of the stacks: said so, as the CLI's error boundary does.
            finish(
                    State.FAILED,
                    Result.failed(runId, RunStatus.FAILED, "internal error: " + e + " (please report it)"));
        }
    }

    private synchronized void finish(State finalState, Result r) {
        state = finalState;
        result = r;
        finishedNanos = System.nanoTime();
        step = null;
    }

    synchronized Snapshot snapshot() {
        if (plan == null) {
            return new Snapshot(
                    state, "", List.of(), List.of(), 0, 0, 0, 0, null, false, 0, 0, List.of(), List.of(), null);
        }
        boolean going = going();
        double elapsed = ((going ? System.nanoTime() : finishedNanos) - startedNanos) / 1e9;
        double eta = 0;
        if (step != null) {
            int done = step.index() - 1;
            eta = done > 0
                    ? elapsed / done * (step.total() - done)
                    : Math.max(0, plan.plan().estimatedSeconds() - elapsed);
        }
        return new Snapshot(
                state,
                plan.plan().preset(),
                plan.plan().stacks(),
                plan.plan().workloads().stream().map(Workload::id).toList(),
                plan.totalSteps(),
                plan.plan().estimatedSeconds(),
                elapsed,
                eta,
                step,
                warmup,
                rate,
                p99Ms,
                List.copyOf(recent),
                List.copyOf(messages),
                result);
    }

    @Override
    public synchronized void stepStarted(String stack, String workload, String level, int round, int index, int total) {
        step = new Step(stack, workload, level, round, index, total);
        rate = 0;
        p99Ms = 0;
    }

    @Override
    public synchronized void interval(IntervalStats s) {
        warmup = s.warmup();
        rate = s.ratePerSecond();
        p99Ms = s.p99Micros() / 1000.0;
    }

    @Override
    public synchronized void stepEnded(Measurement m) {
        recent.addFirst(new Ended(
                m.stack(),
                m.workload().id(),
                m.level(),
                m.round(),
                m.ok(),
                m.flagged(),
                m.achievedRate(),
                m.corrected().p99() / 1000.0,
                m.note().lines().findFirst().orElse("")));
        if (recent.size() > KEEP) {
            recent.removeLast();
        }
    }

    @Override
    public synchronized void message(String text) {
        messages.addFirst(text);
        if (messages.size() > KEEP) {
            messages.removeLast();
        }
    }
}
