package dev.bakeoff.lab;

import java.nio.file.Path;

/**
 * Where and how one app process starts: its port, the cores it is pinned to, and the lab services it uses.
 *
 * @param cpus     taskset core list, e.g. {@code "1"}
 * @param cpuCount how many cores that list holds (sizes the workers)
 * @param stateDir where the record of the running app is kept (see {@link AppRecords})
 * @param databaseUrl the lab's PostgreSQL for {@code DATABASE_URL}, empty when the session has none
 * @param databasePool connections the app's pool may open in all ({@code DATABASE_POOL}, see {@link DatabasePool})
 * @param model       whether the app gets the ml model's {@code ML_*} variables (and so loads it at start-up):
 *                    only where it will be asked to predict, so that no other figure carries the model's cost
 */
public record LaunchSettings(
        int port,
        String cpus,
        int cpuCount,
        String downstreamUrl,
        Path dataset,
        Path logFile,
        Path stateDir,
        String databaseUrl,
        int databasePool,
        boolean model) {
    /**
     * A composed stack's front gives up on a call to its service after this long (the lab sets it in the
     * front's {@link dev.bakeoff.model.StackDefinition.Compose#timeoutEnv()}): the same for every front, so a
     * hung service costs each of them the same wait.
     */
    public static final int SERVICE_TIMEOUT_MS = 1000;

    /** The same launch without the ml model: for a figure that must not include loading it (start-up). */
    public LaunchSettings withoutModel() {
        return new LaunchSettings(
                port, cpus, cpuCount, downstreamUrl, dataset, logFile, stateDir, databaseUrl, databasePool, false);
    }
}
