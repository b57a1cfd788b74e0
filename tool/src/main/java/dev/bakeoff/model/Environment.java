package dev.bakeoff.model;

import java.util.Map;

/**
 * The machine and software a run measured, stored with it so that results are never read without it.
 *
 * @param cores     the machine's cores, all of them (not the run's own affinity)
 * @param versions  per stack, "runtime X / framework Y; installed: route; memory budget ..." (see EnvironmentProbe)
 * @param appCores  the cores the apps were pinned to (0 in runs stored before this was recorded)
 * @param loadCores the cores the load generator and the lab's helpers ran on (0 likewise)
 */
public record Environment(
        String cpuModel,
        int cores,
        long memoryMib,
        String os,
        String kernel,
        String javaVersion,
        String toolVersion,
        String gitCommit,
        Map<String, String> versions,
        int appCores,
        int loadCores) {

    /** This environment with the run's core split: the cores its apps and its load generator were pinned to. */
    public Environment withCores(int apps, int load) {
        return new Environment(
                cpuModel, cores, memoryMib, os, kernel, javaVersion, toolVersion, gitCommit, versions, apps, load);
    }

    /** {@link #oneLine()} and each stack's runtime and framework versions, for texts that cite a run (ADR). */
    public String withVersions() {
        StringBuilder out = new StringBuilder(oneLine());
        versions.forEach(
                (stack, v) -> out.append("; ").append(stack).append(": ").append(v.split(";", 2)[0].strip()));
        return out.toString();
    }

    public String oneLine() {
        String split = appCores > 0 ? " (app " + appCores + ", load generator " + loadCores + ")" : "";
        return cpuModel + ", " + cores + " cores" + split + ", " + memoryMib / 1024 + " GiB, " + os + " (kernel "
                + kernel + ")";
    }
}
