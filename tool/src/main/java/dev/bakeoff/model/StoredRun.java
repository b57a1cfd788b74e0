package dev.bakeoff.model;

import java.util.List;

/** Everything stored about one run: enough to rebuild any report of it later. */
public record StoredRun(RunInfo info, Plan plan, Environment environment, List<Measurement> measurements) {
    public StoredRun {
        measurements = List.copyOf(measurements);
    }
}
