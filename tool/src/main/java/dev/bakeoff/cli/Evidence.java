package dev.bakeoff.cli;

import dev.bakeoff.bench.Summarizer;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.store.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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
            return Optional.of(store.load(runId).orElseThrow(() -> noSuchRun(runId)));
        }
    }

    private static BadInputException noSuchRun(String runId) {
        return new BadInputException(
                "run '" + runId + "'", "no such run in the history", "list the stored runs with: ./bakeoff history");
    }
}
