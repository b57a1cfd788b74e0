package dev.bakeoff.cli;

import dev.bakeoff.model.RunMetrics;
import java.util.Optional;

/** Where commands get measurements from: the run store (arrives with the lab's run history). */
final class Evidence {
    private Evidence() {}

    /** The named run, or the latest when {@code runId} is null; empty when no run is stored. */
    static Optional<RunMetrics> run(String runId) {
        return Optional.empty();
    }
}
