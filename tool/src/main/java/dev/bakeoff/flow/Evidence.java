package dev.bakeoff.flow;

import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.RunInfo;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.RunStatus;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.stats.Summarizer;
import dev.bakeoff.store.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the shells get measurements from: the run store, summarised. The one place that opens the store to
 * read a run back and that chooses the evidence of an advice.
 */
public final class Evidence {
    private Evidence() {}

    public static Path database(Workspace ws) {
        return ws.stateDir().resolve("bakeoff.db");
    }

    /**
     * The named run, or by default the evidence {@link #forAdvice} chooses (the latest complete run covering
     * the most stacks, never a failed or incomplete one); empty when none is stored.
     */
    public static Optional<RunMetrics> run(String runId) {
        if (runId == null) {
            return Optional.ofNullable(forAdvice(null).run());
        }
        return stored(runId).map(Evidence::summary);
    }

    /**
     * The summary of a stored run: its medians and intervals over rounds, as every reader of a run sees them;
     * a one-round run's intervals at least as wide as the spread between processes on its machine.
     */
    public static RunMetrics summary(StoredRun run) {
        return Summarizer.summarize(run, MachineSpreads.spread(run));
    }

    /**
     * How far each metric moved between fresh processes in this machine's one-round runs of {@code preset},
     * as the newest such run's intervals use it; empty when none is stored.
     */
    public static Optional<MachineSpread> spreadOfLatest(String preset) {
        return MachineSpreads.spreadOfLatest(preset);
    }

    /** {@link #summary(StoredRun)} with the store already open. */
    static RunMetrics summary(RunStore store, StoredRun run) {
        return Summarizer.summarize(run, MachineSpreads.spread(store, run));
    }

    /** The stored run itself; a named run that does not exist is bad input. */
    public static Optional<StoredRun> stored(String runId) {
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
    public static final String RUN_HELP = "A run id from 'bakeoff history', 'latest' (the newest finished run)"
            + " or 'latest~N' (N finished runs before it).";

    private static final Pattern ALIAS = Pattern.compile("latest(?:~(\\d{1,4}))?");

    /**
     * A run id, or an alias: {@code latest} is the newest finished (complete or failed) run, as when no
     * RUN is given; {@code latest~N} the Nth finished run before it, as git's {@code HEAD~N}.
     */
    public static String resolve(RunStore store, String runId) {
        Matcher alias = ALIAS.matcher(runId);
        if (!alias.matches()) {
            return runId;
        }
        int back = alias.group(1) == null ? 0 : Integer.parseInt(alias.group(1));
        List<String> finished = store.history().stream()
                .filter(r -> r.status().finished())
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

    /** The run an advice rests on, with what the reader must know about that choice. */
    public record Chosen(RunMetrics run, List<String> notes) {}

    /**
     * The evidence for {@code advise}: the named run (with a caution if it is not complete), or by default
     * the latest complete run among those covering the most stacks. A failed or incomplete run is never
     * the default; newer runs passed over are named with the reason.
     */
    public static Chosen forAdvice(String runId) {
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
    static Chosen forAdvice(RunStore store, String requested) {
        {
            String runId = requested == null ? null : resolve(store, requested);
            List<RunInfo> history = new ArrayList<>(store.history());
            history.sort(Comparator.comparing(RunInfo::started).reversed());
            List<String> notes = new ArrayList<>();
            RunInfo chosen;
            if (runId != null) {
                chosen = history.stream()
                        .filter(r -> r.runId().equals(runId))
                        .findFirst()
                        .orElseThrow(() -> noSuchRun(runId));
                if (chosen.status() != RunStatus.COMPLETE) {
                    notes.add("Caution: run " + runId + " has status '" + chosen.status() + "' (" + chosen.failedCells()
                            + " failed cells); its missing cells fall back to priors.");
                }
            } else {
                int most = history.stream()
                        .filter(r -> r.status() == RunStatus.COMPLETE)
                        .mapToInt(r -> r.stacks().size())
                        .max()
                        .orElse(0);
                chosen = history.stream()
                        .filter(r ->
                                r.status() == RunStatus.COMPLETE && r.stacks().size() == most)
                        .findFirst()
                        .orElse(null);
                for (RunInfo r : history) {
                    if (chosen != null && r.started().isBefore(chosen.started())) {
                        break;
                    }
                    if (r != chosen) {
                        notes.add("Newer run " + r.runId() + " is not used: "
                                + (r.status() == RunStatus.COMPLETE
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
            RunMetrics metrics = summary(store, store.load(chosen.runId()).orElseThrow());
            plausibility(store, history, chosen, metrics).ifPresent(notes::add);
            return new Chosen(metrics, notes);
        }
    }

    /** Share of flagged metrics above which a run is named as degraded. */
    static final double FLAGGED_SHARE = 0.1;
    /** A run whose median JSON throughput is below this share of an earlier run's on the same machine is named. */
    static final double BELOW_EARLIER = 0.5;

    /**
     * A caution when the chosen run's figures look degraded: many flagged metrics, or JSON throughput far
     * below the latest earlier complete run on the same machine (same CPU model and cores).
     */
    private static Optional<String> plausibility(
            RunStore store, List<RunInfo> history, RunInfo chosen, RunMetrics metrics) {
        long flagged = metrics.metrics().stream().filter(m -> m.flagged()).count();
        int all = metrics.metrics().size();
        if (all > 0 && flagged > FLAGGED_SHARE * all) {
            return Optional.of("Caution: run " + chosen.runId() + " looks degraded: " + flagged + " of " + all
                    + " measurements are flagged (a loaded machine?); its figures are weak evidence.");
        }
        var env = store.load(chosen.runId()).orElseThrow().environment();
        for (RunInfo r : history) {
            if (!r.started().isBefore(chosen.started()) || r.status() != RunStatus.COMPLETE) {
                continue;
            }
            var earlier = store.load(r.runId()).orElseThrow();
            if (!earlier.environment().cpuModel().equals(env.cpuModel())
                    || earlier.environment().cores() != env.cores()) {
                continue;
            }
            double now = medianJson(metrics);
            double before = medianJson(Summarizer.summarize(earlier));
            if (now > 0 && before > 0 && now < BELOW_EARLIER * before) {
                return Optional.of("Caution: run " + chosen.runId() + "'s JSON throughput (median over stacks "
                        + Math.round(now) + " req/s) is far below run " + r.runId() + "'s on the same machine ("
                        + Math.round(before) + " req/s): its figures look implausible for this machine.");
            }
            break; // compare with the latest earlier complete run only
        }
        return Optional.empty();
    }

    private static double medianJson(RunMetrics run) {
        double[] v = run.metrics().stream()
                .filter(m -> m.workload() == dev.bakeoff.model.Workload.JSON
                        && m.name().equals(dev.bakeoff.model.MetricNames.MAX_RPS)
                        && !m.flagged())
                .mapToDouble(m -> m.median())
                .sorted()
                .toArray();
        return v.length == 0 ? 0 : v[v.length / 2];
    }

    private static BadInputException noSuchRun(String runId) {
        return new BadInputException(
                "run '" + runId + "'", "no such run in the history", "list the stored runs with: ./bakeoff history");
    }
}
