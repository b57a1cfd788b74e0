package dev.bakeoff.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether the app's whole process tree can be held to the memory budget by a cgroup v2 limit. It can where
 * the unified hierarchy has the memory controller and systemd manages it (a transient scope per app,
 * {@code systemd-run --scope -p MemoryMax=}); elsewhere (cgroup v1, a container without delegation) the
 * per-runtime limits of {@link MemoryBudget} are all there is, and the run says so.
 *
 * @param why what was found, for the run's environment
 */
record CgroupLimit(boolean available, String why) {
    static CgroupLimit detect() {
        return detect(Path.of("/sys/fs/cgroup"), Path.of("/run/systemd/system"), Commands.onPath("systemd-run"));
    }

    static CgroupLimit detect(Path cgroupRoot, Path systemdRunDir, boolean systemdRun) {
        String controllers;
        try {
            controllers = Files.readString(cgroupRoot.resolve("cgroup.controllers"));
        } catch (IOException e) {
            return new CgroupLimit(false, "no cgroup v2 unified hierarchy here");
        }
        if (!List.of(controllers.strip().split("\\s+")).contains("memory")) {
            return new CgroupLimit(false, "cgroup v2 without the memory controller here");
        }
        if (!Files.isDirectory(systemdRunDir) || !systemdRun) {
            return new CgroupLimit(false, "cgroup v2 memory controller, but no systemd to create a scope");
        }
        return new CgroupLimit(true, "cgroup v2 memory.max per app (systemd-run --scope)");
    }

    /** The argv prefix that starts the app in its own scope capped at {@code mib}, or nothing. */
    List<String> prefix(long mib) {
        if (!available) {
            return List.of();
        }
        return List.of(
                "systemd-run",
                "--scope",
                "--quiet",
                "--collect",
                "-p",
                "MemoryMax=" + mib + "M",
                "-p",
                "MemorySwapMax=0");
    }

    String describe() {
        return available ? "enforced: " + why : "not enforced by a cgroup: " + why + "; per-runtime limits only";
    }
}
