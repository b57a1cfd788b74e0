package dev.bakeoff.model;

import java.util.Map;

/**
 * The machine and software a run measured, stored with it so that results are never read without it.
 *
 * @param versions per stack, "runtime X / framework Y; installed: route; memory budget ..." (see EnvironmentProbe)
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
        Map<String, String> versions) {

    /** {@link #oneLine()} and each stack's runtime and framework versions, for texts that cite a run (ADR). */
    public String withVersions() {
        StringBuilder out = new StringBuilder(oneLine());
        versions.forEach(
                (stack, v) -> out.append("; ").append(stack).append(": ").append(v.split(";", 2)[0].strip()));
        return out.toString();
    }

    public String oneLine() {
        return cpuModel + ", " + cores + " cores, " + memoryMib / 1024 + " GiB, " + os + " (kernel " + kernel + ")";
    }
}
