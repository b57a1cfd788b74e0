package dev.bakeoff.cli;

import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.RunMetrics;
import java.util.Optional;

/** Where commands get measurements from: the run store (arrives with the lab's run history). */
final class Evidence {
    private Evidence() {}

    /** The named run, or the latest when {@code runId} is null; empty when no run is stored. */
    static Optional<RunMetrics> run(String runId) {
        return Optional.empty();
    }

    /** Runs the preset first and returns its measurements (arrives with the lab's run command). */
    static RunMetrics measure(String preset) {
        throw new BadInputException(
                "--measure", "measuring from advise is not available yet", "run ./bakeoff run --preset quick first");
    }
}
