package dev.bakeoff.web;

import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.RunInfo;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.store.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The runs in the store, as the UI may name them. A run id from a request is only ever handed on (to a
 * CLI command line) after it was found here as it is: a request's text never reaches a command line's
 * parser, so it cannot be read as an option or an {@code @file}.
 */
final class StoredRuns {
    private StoredRuns() {}

    private static Path database() {
        return Workspace.discover().stateDir().resolve("bakeoff.db");
    }

    static List<RunInfo> all() {
        if (!Files.exists(database())) {
            return List.of();
        }
        try (RunStore store = RunStore.open(database())) {
            return store.history();
        }
    }

    /** The stored run named {@code id}; anything else is bad input naming the request field. */
    static RunInfo find(String field, String id) {
        return all().stream()
                .filter(r -> r.runId().equals(id))
                .findFirst()
                .orElseThrow(() -> new BadInputException(
                        field + " '" + printable(id) + "'",
                        "no such run in the history",
                        "pick a run from the History tab"));
    }

    /** The newest run that finished (complete or with failed cells). */
    static Optional<RunInfo> latestFinished() {
        return all().stream().filter(r -> r.status().finished()).findFirst();
    }

    /** A request's text as a message may show it: short, and one line. */
    private static String printable(String s) {
        String one = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
}
