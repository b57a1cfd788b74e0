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
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where commands get measurements from: the run store, summarised. */
final class Evidence {
    private Evidence() {}

    static Path database(Workspace ws) {
        return ws.stateDir().resolve("bakeoff.db");
    }

    /** The named run, or the latest finished one when {@code runId} is null; empty when none is stored. */
    static Optional<RunMetrics> run(String runId) {
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
            String id = resolve(store, runId);
            return Optional.of(store.load(id).orElseThrow(() -> noSuchRun(runId)));
        }
    }

    /** What RUN arguments accept, for help texts. */
    static final String RUN_HELP = "A run id from 'bakeoff history', 'latest' (the newest finished run)"
            + " or 'latest~N' (N finished runs before it).";

    private static final Pattern ALIAS = Pattern.compile("latest(?:~(\\d{1,4}))?");

    /**
     * A run id, or an alias: {@code latest} is the newest finished (complete or failed) run, as when no
     * RUN is given; {@code latest~N} the Nth finished run before it, as git's {@code HEAD~N}.
     */
    static String resolve(RunStore store, String runId) {
        Matcher alias = ALIAS.matcher(runId);
        if (!alias.matches()) {
            return runId;
        }
        int back = alias.group(1) == null ? 0 : Integer.parseInt(alias.group(1));
        List<String> finished = store.history().stream()
                .filter(r -> r.status().equals("complete") || r.status().equals("failed"))
                .map(RunInfo::runId)
                .toList();
        if (back >= finished.size()) {
            throw new BadInputException(
                    "run '" + runId + "'",
                    finished.size() + " finished run(s) are stored, so there is no " + runId,
                    finished.isEmpty()
                            ? "measure first with: ./bakeoff run"
                            : "use latest" + (finished.size() > 1 ? " to latest~" + (finished.size() - 1) : "")
                                    + ", or an id from: ./bakeoff history");
        }
        return finished.get(back);
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
