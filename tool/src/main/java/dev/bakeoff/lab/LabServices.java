package dev.bakeoff.lab;

import dev.bakeoff.model.CpuPlan;
import dev.bakeoff.model.Workspace;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What the lab runs beside the apps for a session: the downstream delay service, the core split, and
 * where logs go. Close it to stop the downstream service.
 */
public final class LabServices implements AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Workspace workspace;
    private final CpuPlan cpus;
    private final DownstreamService downstream;
    private final String stamp = LocalDateTime.now().format(STAMP);

    private final List<String> leftovers;
    private PostgresCluster database;

    public LabServices(Workspace workspace, CpuPlan cpus) {
        this.workspace = workspace;
        this.cpus = cpus;
        this.leftovers = AppRecords.sweep(workspace.stateDir());
        PostgresHome.sweep(workspace.stateDir());
        this.downstream = DownstreamService.start();
    }

    /** Apps that an earlier Bakeoff, killed before it could stop them, left running; stopped now. */
    public List<String> leftovers() {
        return leftovers;
    }

    /**
     * How to launch one app of {@code stack} on the app cores, logging to a file named for {@code purpose}; with
     * the ml model when it is trained (see {@link LaunchSettings#withoutModel()} for a launch without it).
     */
    public LaunchSettings launch(String stack, String purpose, int port, Path dataset) {
        return new LaunchSettings(
                port,
                cpus.appList(),
                cpus.appCpus().size(),
                downstream.url(),
                dataset,
                logFile(stack, purpose),
                workspace.stateDir(),
                database == null ? "" : database.url(),
                DatabasePool.size(cpus),
                true);
    }

    /**
     * The session's PostgreSQL, started on first use (initdb, seed: a few seconds) on the load generator's
     * cores, the lab's helpers' side of the split, so that the app's cores hold only the app. Apps launched
     * after this call get its {@code DATABASE_URL}. Throws {@link AppFailure} when PostgreSQL cannot start.
     */
    public synchronized PostgresCluster database() {
        if (database == null) {
            database = PostgresCluster.start(workspace.stateDir(), cpus.loadList(), logFile("postgres", "server"));
        }
        return database;
    }

    public Workspace workspace() {
        return workspace;
    }

    public CpuPlan cpus() {
        return cpus;
    }

    public DownstreamService downstream() {
        return downstream;
    }

    /** The time stamp that names this session's log folder. */
    public String stamp() {
        return stamp;
    }

    /** A log file per app start, named so that a person can find the one that failed. */
    Path logFile(String stack, String purpose) {
        return workspace.logsDir().resolve(stamp).resolve(stack + "-" + purpose + ".log");
    }

    @Override
    public void close() {
        synchronized (this) {
            if (database != null) {
                database.close();
                database = null;
            }
        }
        downstream.close();
    }
}
