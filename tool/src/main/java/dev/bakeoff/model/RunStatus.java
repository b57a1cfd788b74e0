package dev.bakeoff.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where a stored run stands. Stored, printed and written to JSON by its {@link #id()} (the JSON mappers
 * write enums by {@code toString}), so the store's rows and scripts reading {@code --json} keep their words.
 */
public enum RunStatus {
    /** Measuring now, or abandoned by a crash (the next store open turns that into {@link #INCOMPLETE}). */
    RUNNING,
    /** Every cell of the plan measured. */
    COMPLETE,
    /** Interrupted (Ctrl-C, a kill, a crash): the finished trials are kept. */
    INCOMPLETE,
    /** Finished, with cells that could not be measured. */
    FAILED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finished, complete or with failed cells: a run whose figures may serve as evidence. */
    public boolean finished() {
        return this == COMPLETE || this == FAILED;
    }

    @Override
    public String toString() {
        return id();
    }

    /** The status a store row holds; an unknown word is a store written by a newer Bakeoff. */
    public static RunStatus byId(String id) {
        return Arrays.stream(values())
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown run status '" + id + "' in the store"));
    }
}
