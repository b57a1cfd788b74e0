package dev.bakeoff.loadgen;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The generator's own CPU time and heap, so that a saturated generator is flagged, not trusted. */
final class ProcessCpu {
    private ProcessCpu() {}

    /** CPU time of this whole process (all threads, GC and JIT included), in nanoseconds. */
    static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Heap in use after a full collection, in bytes. */
    static long heapUsedAfterGcBytes() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
