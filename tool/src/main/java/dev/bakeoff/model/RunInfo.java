package dev.bakeoff.model;

import java.time.Instant;
import java.util.List;

/**
 * A stored run as history lists it.
 *
 * @param status where the run stands
 * @param failedCells trials that could not be measured
 */
public record RunInfo(
        String runId,
        Instant started,
        Instant finished,
        RunStatus status,
        String preset,
        List<String> stacks,
        int trials,
        int failedCells) {}
