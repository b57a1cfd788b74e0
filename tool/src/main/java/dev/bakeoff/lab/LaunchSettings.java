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
        int databasePool) {}
