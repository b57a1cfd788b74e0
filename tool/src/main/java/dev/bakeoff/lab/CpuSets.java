package dev.bakeoff.lab;

import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.CpuPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Splits the cores this process may use between the app and the load generator (docs/DESIGN.md, fairness rules). */
public final class CpuSets {
    /** Read once: the runner narrows this process's own affinity while it runs. */
    private static final List<Integer> ALLOWED_AT_START = allowedCpus();

    private CpuSets() {}

    /**
     * The app gets {@code appCores} of the allowed cores (0 = half, at least 1), taken from the top so
     * that core 0, where the OS does most of its own work, stays with the load generator.
     */
    public static CpuPlan plan(int appCores) {
        if (appCores < 0) {
            throw new BadInputException(
                    "--app-cores", "must be 0 (half the cores) or more, got " + appCores, "e.g. --app-cores 1");
        }
        return plan(ALLOWED_AT_START, appCores);
    }

    static CpuPlan plan(List<Integer> allowed, int appCores) {
        if (allowed.size() == 1) {
            return new CpuPlan(allowed, allowed, true);
        }
        int app = appCores > 0 ? Math.min(appCores, allowed.size() - 1) : Math.max(1, allowed.size() / 2);
        int split = allowed.size() - app;
        return new CpuPlan(allowed.subList(split, allowed.size()), allowed.subList(0, split), false);
    }

    /**
     * Pins every thread of this JVM (the load generator, its event loops, JIT and GC) to the load
     * generator's cores, so that it never competes with the app. Returns false when it could not.
     */
    public static boolean pinSelf(CpuPlan plan) {
        if (plan.shared()) {
            return false;
        }
        return pinSelf(plan.loadList());
    }

    /** Undoes {@link #pinSelf(CpuPlan)}: every thread may use every core this process was given at start. */
    public static void unpinSelf() {
        pinSelf(String.join(",", ALLOWED_AT_START.stream().map(String::valueOf).toList()));
    }

    private static boolean pinSelf(String cpuList) {
        if (!Commands.onPath("taskset")) {
            return false;
        }
        return Commands.run(
                        java.util.List.of(
                                "taskset",
                                "-a",
                                "-p",
                                "-c",
                                cpuList,
                                String.valueOf(ProcessHandle.current().pid())),
                        Path.of("/"),
                        java.util.Map.of(),
                        java.time.Duration.ofSeconds(5),
                        false)
                .ok();
    }

    /** The cores in this process's affinity mask, from /proc (all available processors elsewhere). */
    static List<Integer> allowedCpus() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Cpus_allowed_list:")) {
                    return parseList(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or an unreadable /proc: fall back to the count the JVM sees.
        }
        return IntStream.range(0, Runtime.getRuntime().availableProcessors())
                .boxed()
                .toList();
    }

    /** Parses a kernel CPU list such as {@code 0-3,6,8-9}. */
    static List<Integer> parseList(String list) {
        List<Integer> cpus = new ArrayList<>();
        for (String part : list.split(",")) {
            String[] range = part.trim().split("-");
            int from = Integer.parseInt(range[0]);
            int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
            for (int c = from; c <= to; c++) {
                cpus.add(c);
            }
        }
        return cpus;
    }
}
