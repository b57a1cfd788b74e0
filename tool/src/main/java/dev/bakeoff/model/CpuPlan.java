package dev.bakeoff.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Which cores the app gets and which the load generator and the lab's helpers get. They never share
 * a core unless the machine has only one, and then {@code shared} says so.
 */
public record CpuPlan(List<Integer> appCpus, List<Integer> loadCpus, boolean shared) {
    public CpuPlan {
        appCpus = List.copyOf(appCpus);
        loadCpus = List.copyOf(loadCpus);
    }

    /** The app's cores as taskset takes them, e.g. {@code "1"} or {@code "2,3"}. */
    public String appList() {
        return join(appCpus);
    }

    public String loadList() {
        return join(loadCpus);
    }

    private static String join(List<Integer> cpus) {
        return cpus.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
