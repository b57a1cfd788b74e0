package dev.bakeoff.lab;

import dev.bakeoff.model.CpuPlan;
import dev.bakeoff.model.Workspace;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

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

    public LabServices(Workspace workspace, CpuPlan cpus) {
        this.workspace = workspace;
        this.cpus = cpus;
        this.downstream = DownstreamService.start();
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
        downstream.close();
    }
}
