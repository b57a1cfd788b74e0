package dev.bakeoff.cli;

import dev.bakeoff.bench.PlanResolver;
import dev.bakeoff.bench.Preset;
import dev.bakeoff.bench.RunPlan;
import dev.bakeoff.bench.Runner;
import dev.bakeoff.bench.Summarizer;
import dev.bakeoff.lab.CpuSets;
import dev.bakeoff.lab.StackCatalog;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.RunInfo;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.store.RunStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Where commands get measurements from: the run store, summarised. */
final class Evidence {
    private Evidence() {}

    static Path database(Workspace ws) {
        return ws.stateDir().resolve("bakeoff.db");
    }

    /**
     * The named run, or by default the evidence {@link #forAdvice} chooses (the latest complete run covering
     * the most stacks, never a failed or incomplete one); empty when none is stored.
     */
    static Optional<RunMetrics> run(String runId) {
        if (runId == null) {
            return Optional.ofNullable(forAdvice(null).run());
        }
        return stored(runId).map(Summarizer::summarize);
    }

    /** The stored run itself; a named run that does not exist is bad input. */
    static Optional<StoredRun> stored(String runId) {
        Workspace ws = Workspace.discover();
        Path db = database(ws);
        if (!Files.exists(db)) {
            if (runId != null) {
                throw noSuchRun(runId);
            }
            return Optional.empty();
        }
        try (RunStore store = RunStore.open(db)) {
            if (runId == null) {
                return store.latestFinishedRunId().flatMap(store::load);
            }
            return Optional.of(store.load(runId).orElseThrow(() -> noSuchRun(runId)));
        }
    }

    /** The run an advice rests on, with what the reader must know about that choice. */
    record Chosen(RunMetrics run, List<String> notes) {}

    /**
     * The evidence for {@code advise}: the named run (with a caution if it is not complete), or by default
     * the latest complete run among those covering the most stacks. A failed or incomplete run is never
     * the default; newer runs passed over are named with the reason.
     */
    static Chosen forAdvice(String runId) {
        Workspace ws = Workspace.discover();
        Path db = database(ws);
        if (!Files.exists(db)) {
            if (runId != null) {
                throw noSuchRun(runId);
            }
            return new Chosen(null, List.of());
        }
        try (RunStore store = RunStore.open(db)) {
            return forAdvice(store, runId);
        }
    }

    /** {@link #forAdvice(String)} on an open store. */
    static Chosen forAdvice(RunStore store, String runId) {
        {
            List<RunInfo> history = new ArrayList<>(store.history());
            history.sort(Comparator.comparing(RunInfo::started).reversed());
            List<String> notes = new ArrayList<>();
            RunInfo chosen;
            if (runId != null) {
                chosen = history.stream()
                        .filter(r -> r.runId().equals(runId))
                        .findFirst()
                        .orElseThrow(() -> noSuchRun(runId));
                if (!chosen.status().equals("complete")) {
                    notes.add("Caution: run " + runId + " has status '" + chosen.status() + "' (" + chosen.failedCells()
                            + " failed cells); its missing cells fall back to priors.");
                }
            } else {
                int most = history.stream()
                        .filter(r -> r.status().equals("complete"))
                        .mapToInt(r -> r.stacks().size())
                        .max()
                        .orElse(0);
                chosen = history.stream()
                        .filter(r -> r.status().equals("complete") && r.stacks().size() == most)
                        .findFirst()
                        .orElse(null);
                for (RunInfo r : history) {
                    if (chosen != null && r.started().isBefore(chosen.started())) {
                        break;
                    }
                    if (r != chosen) {
                        notes.add("Newer run " + r.runId() + " is not used: "
                                + (r.status().equals("complete")
                                        ? "it covers only " + String.join(", ", r.stacks())
                                        : "its status is '" + r.status() + "'")
                                + " (pass --run " + r.runId() + " to use it anyway).");
                    }
                }
                if (chosen == null) {
                    if (!history.isEmpty()) {
                        notes.add("Caution: no complete run is stored, so no measurement is used;"
                                + " run ./bakeoff run --preset quick.");
                    }
                    return new Chosen(null, notes);
                }
            }
            notes.addFirst("Evidence: run " + chosen.runId() + " (" + chosen.status() + ", "
                    + chosen.started().toString().substring(0, 10) + ") backs every measured option: "
                    + String.join(", ", chosen.stacks()) + ".");
            RunMetrics metrics = Summarizer.summarize(store.load(chosen.runId()).orElseThrow());
            return new Chosen(metrics, notes);
        }
    }

    private static BadInputException noSuchRun(String runId) {
        return new BadInputException(
                "run '" + runId + "'", "no such run in the history", "list the stored runs with: ./bakeoff history");
    }

    /** Runs {@code preset} over every stack and workload first (progress on stderr) and returns its measurements. */
    static RunMetrics measure(String preset) {
        Preset.byId(preset, "--measure"); // a typo should fail before anything is loaded
        Workspace ws = Workspace.discover();
        RunPlan plan = PlanResolver.resolve(
                preset, List.of(), List.of(), 0, StackCatalog.load(ws.stacksDir(), ws.root()), CpuSets.plan(0));
        PrintWriter err = new PrintWriter(System.err, true);
        PlanText.print(err, plan.plan());
        try (RunStore store = RunStore.open(database(ws));
                RunProgress progress =
                        new RunProgress(err, plan.totalSteps(), plan.plan().estimatedSeconds())) {
            Runner.Outcome outcome = new Runner(ws, store, progress).run(plan, ToolVersion.get());
            progress.close();
            err.println("run " + outcome.runId() + ": " + outcome.status());
            return Summarizer.summarize(store.load(outcome.runId()).orElseThrow());
        }
    }
}
