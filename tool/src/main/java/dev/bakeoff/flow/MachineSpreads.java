package dev.bakeoff.flow;

import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.RunInfo;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.plan.Preset;
import dev.bakeoff.stats.ProcessSpread;
import dev.bakeoff.store.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which stored runs measure this machine's spread between processes ({@link ProcessSpread}): the one-round
 * runs of a preset before the run being summarized, read from the store.
 */
final class MachineSpreads {
    private MachineSpreads() {}

    /** The spread between processes that the intervals of {@code run} (one round) use; none when it has rounds. */
    static ProcessSpread spread(StoredRun run) {
        Path db = Evidence.database(Workspace.discover());
        if (run.plan().rounds() > 1 || !Files.exists(db)) {
            return ProcessSpread.forRun(run, List.of());
        }
        try (RunStore store = RunStore.open(db)) {
            return spread(store, run);
        }
    }

    /**
     * The spread the newest one-round run of {@code preset} on this machine uses, as a next one would (the
     * development machine's when it is measured in fewer than two); empty when no such run is stored.
     */
    static Optional<MachineSpread> spreadOfLatest(String preset) {
        if (Arrays.stream(Preset.values())
                .noneMatch(p -> p.name().toLowerCase(Locale.ROOT).equals(preset))) {
            throw new BadInputException("--spread " + preset, "not a preset", "use one of: quick, standard, thorough");
        }
        Path db = Evidence.database(Workspace.discover());
        if (!Files.exists(db)) {
            return Optional.empty();
        }
        try (RunStore store = RunStore.open(db)) {
            return store.history().stream()
                    .filter(r -> r.status().finished() && r.preset().equals(preset))
                    .max(Comparator.comparing(RunInfo::started))
                    .flatMap(r -> store.load(r.runId()))
                    .filter(r -> r.plan().rounds() == 1)
                    .map(r -> {
                        ProcessSpread spread = spread(store, r);
                        return new MachineSpread(
                                preset,
                                spread.source(),
                                spread.runs(),
                                spread.rows().stream()
                                        .map(row -> new MachineSpread.Row(
                                                row.workload(),
                                                row.metric(),
                                                row.spread().logSd(),
                                                row.spread().df(),
                                                row.spread().measuredHere()))
                                        .toList());
                    });
        }
    }

    /** The earlier one-round runs of the same preset that {@link ProcessSpread#forRun} pools, newest first. */
    static ProcessSpread spread(RunStore store, StoredRun run) {
        if (run.plan().rounds() > 1) {
            return ProcessSpread.none();
        }
        // Only to spare loading runs ProcessSpread.forRun would drop: it applies the whole rule itself.
        List<StoredRun> earlier = store.history().stream()
                .filter(r -> r.status().finished()
                        && r.preset().equals(run.plan().preset())
                        && r.started().isBefore(run.info().started()))
                .sorted(Comparator.comparing(RunInfo::started).reversed())
                .limit(ProcessSpread.RECENT_RUNS)
                .flatMap(r -> store.load(r.runId()).stream())
                .toList();
        return ProcessSpread.forRun(run, earlier);
    }
}
