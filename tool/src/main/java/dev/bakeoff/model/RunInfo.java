package dev.bakeoff.model;

import java.time.Instant;
import java.util.List;

/**
 * A stored run as history lists it.
 *
 * @param status {@code running} (or abandoned by a crash), {@code complete}, {@code incomplete} (interrupted) or {@code failed}
 * @param failedCells trials that could not be measured
 */
public record RunInfo(
        String runId,
        Instant started,
        Instant finished,
        String status,
        String preset,
        List<String> stacks,
        int trials,
        int failedCells) {}
