package dev.bakeoff.lab;

import dev.bakeoff.model.CpuPlan;
import dev.bakeoff.model.Environment;
import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.StackStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Reads what a run measured on: CPU, memory, OS, kernel, JDK, tool commit, and each stack's versions. */
public final class EnvironmentProbe {
    private EnvironmentProbe() {}

    /** The environment of a run that pins its apps and its load generator as {@code cpus} says. */
    public static Environment read(
            Path root, String toolVersion, List<StackDefinition> stacks, CpuPlan cpus, StackSetup setup) {
        return read(root, toolVersion, stacks, setup)
                .withCores(cpus.appCpus().size(), cpus.loadCpus().size());
    }

    private static Environment read(Path root, String toolVersion, List<StackDefinition> stacks, StackSetup setup) {
        MemoryBudget memory = MemoryBudget.current();
        CgroupLimit cgroup = CgroupLimit.detect();
        // Two at a time: each status starts interpreters and JVMs (seconds per stack), and no app runs yet.
        try (ExecutorService readers = Executors.newFixedThreadPool(2)) {
            stacks.forEach(s -> readers.submit(() -> setup.status(s)));
        }
        Map<String, String> versions = new LinkedHashMap<>();
        for (StackDefinition s : stacks) {
            versions.put(s.name(), describe(s, setup.status(s), memory, cgroup));
        }
        return new Environment(
                cpuModel(),
                // The machine's count from /proc, whatever the affinity the run gives itself.
                cores(),
                memoryMib(),
                osName(),
                read(Path.of("/proc/sys/kernel/osrelease")).strip(),
                Runtime.version().toString(),
                toolVersion,
                gitCommit(root),
                versions,
                0,
                0);
    }

    /** Versions, install route and memory rule of one stack: all a reader needs to reproduce its figures. */
    static String describe(StackDefinition s, StackStatus st, MemoryBudget memory, CgroupLimit cgroup) {
        if (!st.ready()) {
            return "not ready: " + st.reason();
        }
        return s.runtime() + " " + st.runtimeVersion() + " / " + s.framework() + " " + st.frameworkVersion()
                + "; installed: " + st.installRoute() + "; " + memory.describe(s, cgroup);
    }

    private static String cpuModel() {
        return read(Path.of("/proc/cpuinfo"))
                .lines()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .findFirst()
                .orElse(System.getProperty("os.arch"));
    }

    /** All cores of the machine, not just this process's affinity (which the run narrows to the load cores). */
    private static int cores() {
        long n = read(Path.of("/proc/cpuinfo"))
                .lines()
                .filter(l -> l.startsWith("processor"))
                .count();
        return n > 0 ? (int) n : Runtime.getRuntime().availableProcessors();
    }

    private static long memoryMib() {
        return read(Path.of("/proc/meminfo"))
                .lines()
                .filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024)
                .findFirst()
                .orElse(Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static String osName() {
        return read(Path.of("/etc/os-release"))
                .lines()
                .filter(l -> l.startsWith("PRETTY_NAME="))
                .map(l -> l.substring(l.indexOf('=') + 1).replace("\"", ""))
                .findFirst()
                .orElse(System.getProperty("os.name"));
    }

    private static String gitCommit(Path root) {
        Commands.Outcome out = Commands.run(
                List.of("git", "rev-parse", "--short", "HEAD"), root, Map.of(), Duration.ofSeconds(5), true);
        return out.ok() ? out.firstLine() : "unknown";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
