package dev.bakeoff.lab;

import dev.bakeoff.model.StackDefinition;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one memory budget every app runs under, written once here; each runtime's limits derive from it, so
 * no app sizes itself from the whole host. The app's heaps together get {@link #HEAP_SHARE_PERCENT}% of the
 * budget (the rest is for what no heap flag bounds: JIT code, metaspace, thread stacks, native buffers), and
 * its worker processes are capped so that each has at least {@link #MIN_MIB_PER_WORKER} MiB. Where the
 * machine has a cgroup v2 memory controller the whole budget is also enforced on the app's process tree
 * ({@link CgroupLimit}).
 *
 * @param appMib the budget of one app, all its processes together ({@code $BAKEOFF_APP_MEMORY_MIB} or
 *               {@value #DEFAULT_APP_MIB})
 */
record MemoryBudget(long appMib) {
    /** 1 GiB per app: well under any machine that runs six stacks, well over any reference app's need. */
    public static final long DEFAULT_APP_MIB = 1024;

    static final int HEAP_SHARE_PERCENT = 75;
    static final long MIN_MIB_PER_WORKER = 128;
    static final String ENV = "BAKEOFF_APP_MEMORY_MIB";

    /** The budget in force: {@code $BAKEOFF_APP_MEMORY_MIB} when it is a number of at least 256, else the default. */
    public static MemoryBudget current() {
        String value = System.getenv(ENV);
        if (value == null || value.isBlank()) {
            return new MemoryBudget(DEFAULT_APP_MIB);
        }
        try {
            long mib = Long.parseLong(value.strip());
            if (mib >= 256) {
                return new MemoryBudget(mib);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new dev.bakeoff.model.BadInputException(
                ENV + "=" + value, "is not a number of MiB of at least 256", "unset it or set e.g. 1024");
    }

    /** The heap of a runtime that runs the app in one process ({@code {heap_mib}}). */
    long heapMib() {
        return appMib * HEAP_SHARE_PERCENT / 100;
    }

    /** The heap of each of {@code workers} processes ({@code {heap_mib_per_worker}}). */
    long heapMibPerWorker(int workers) {
        return Math.max(16, heapMib() / Math.max(1, workers));
    }

    /** {@code workers} capped so that each worker has at least {@link #MIN_MIB_PER_WORKER} MiB. */
    int capWorkers(int workers) {
        return (int) Math.max(1, Math.min(workers, appMib / MIN_MIB_PER_WORKER));
    }

    /** One line for the run's environment: the budget, how it is enforced, and what bounds this stack's heap. */
    String describe(StackDefinition stack, CgroupLimit cgroup) {
        String heap = usesHeapLimit(stack)
                ? "heap limit from the budget (" + HEAP_SHARE_PERCENT + "% = " + heapMib()
                        + " MiB, split across worker processes)"
                : "no heap limit flag in this runtime";
        return "memory budget " + appMib + " MiB per app (" + cgroup.describe() + "); " + heap + "; workers <= "
                + capWorkers(Integer.MAX_VALUE);
    }

    static boolean usesHeapLimit(StackDefinition stack) {
        return Stream.concat(stack.start().argv().stream(), stack.start().env().values().stream())
                .anyMatch(v -> v.contains("{heap_mib}") || v.contains("{heap_mib_per_worker}"));
    }

    static List<String> placeholderNames() {
        return List.of("memory_mib", "heap_mib", "heap_mib_per_worker");
    }
}
