package dev.bakeoff.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * How busy a HotSpot JVM's JIT compiler threads are, read from {@code /proc/<pid>/task}. A JVM whose
 * throughput looks level can still be compiling: C2 finishes the hot path in bursts, and a plateau between
 * two bursts fooled a throughput-only test (Spring Boot measured at a quarter of its warm speed). The
 * warm-up therefore also waits until the compiler threads have used at most a small share of a core over
 * the last window. Runtimes without such threads (V8 and CPython name none) are always "quiet": their
 * warm-up rests on the floor and the throughput test alone.
 */
public final class JitActivity {
    /** Thread names as Linux keeps them (15 characters): HotSpot's "C2 CompilerThread0" and C1's. */
    private static final List<String> COMPILER_THREADS = List.of("C2 CompilerThre", "C1 CompilerThre");

    private JitActivity() {}

    /**
     * True once the JIT compiler threads of the process trees under {@code roots} have used at most
     * {@code maxCoreShare} of one core over the last {@code window}; always true when there are none.
     */
    public static QuietGate quietOver(List<Long> roots, Duration window, double maxCoreShare) {
        if (compilerCpuNanos(roots) < 0) {
            return QuietGate.NO_COMPILER;
        }
        return new QuietGate(
                () -> Math.max(0, compilerCpuNanos(roots)), System::nanoTime, window.toNanos(), maxCoreShare);
    }

    /** CPU nanoseconds used so far by the trees' compiler threads, or -1 when they have none. */
    static long compilerCpuNanos(List<Long> roots) {
        long ticks = -1;
        for (long pid : ResourceSampler.trees(roots)) {
            try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
                for (Path task : tasks.toList()) {
                    String name = ResourceSampler.read(task.resolve("comm"));
                    if (COMPILER_THREADS.stream().anyMatch(name::startsWith)) {
                        ticks = Math.max(ticks, 0)
                                + ResourceSampler.statTicks(ResourceSampler.read(task.resolve("stat")));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process ended while it was listed: it has no compiler left to wait for
            }
        }
        return ticks < 0 ? -1 : Math.round(ticks * 1e9 / ResourceSampler.TICKS_PER_SECOND);
    }

    /**
     * The rule itself, apart from /proc and the clock so that a test can drive it: keeps the readings of
     * the last window and answers whether the CPU used across it stays within the share.
     */
    public static final class QuietGate implements BooleanSupplier {
        /** A process with no compiler threads: nothing to wait for. */
        static final QuietGate NO_COMPILER = new QuietGate(() -> 0, () -> Long.MAX_VALUE, 0, 1);

        private final LongSupplier cpuNanos;
        private final LongSupplier clock;
        private final long windowNanos;
        private final double maxShare;
        private final ArrayDeque<long[]> readings = new ArrayDeque<>();
        private double lastShare = Double.NaN;

        QuietGate(LongSupplier cpuNanos, LongSupplier clock, long windowNanos, double maxShare) {
            this.cpuNanos = cpuNanos;
            this.clock = clock;
            this.windowNanos = windowNanos;
            this.maxShare = maxShare;
        }

        /** The share of a core the compilers used over the last whole window judged; NaN before one, or with none. */
        public double lastShare() {
            return lastShare;
        }

        @Override
        public boolean getAsBoolean() {
            if (this == NO_COMPILER) {
                return true;
            }
            long now = clock.getAsLong();
            long cpu = cpuNanos.getAsLong();
            readings.addLast(new long[] {now, cpu});
            // keep the newest reading that is at least a window old: the start of the window judged
            while (readings.size() > 1 && now - secondOldest()[0] >= windowNanos) {
                readings.removeFirst();
            }
            long[] start = readings.peekFirst();
            long span = now - start[0];
            if (span < windowNanos) {
                return false; // not yet a whole window of readings
            }
            lastShare = (double) (cpu - start[1]) / span;
            return lastShare <= maxShare;
        }

        private long[] secondOldest() {
            var it = readings.iterator();
            it.next();
            return it.next();
        }
    }
}
