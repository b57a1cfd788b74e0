package dev.bakeoff.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the CPU time and resident memory of an app's whole process tree (workers included) from
 * /proc, a few times a second, on its own daemon thread (on the load generator's cores).
 */
public final class ResourceSampler implements AutoCloseable {
    /** Linux reports CPU times in clock ticks; USER_HZ is 100 on every mainstream kernel. */
    static final double TICKS_PER_SECOND = 100;

    static final long PAGE_BYTES = 4096;

    private final List<Long> roots;
    private final ScheduledExecutorService timer;
    private final long startNanos;
    private final double startCpuSeconds;
    private final List<Double> rssMib = new ArrayList<>();

    /** What the tree used between start and stop. */
    public record Usage(double cpuSeconds, double wallSeconds, double peakRssMib, double meanRssMib) {
        /** CPU use as a share of {@code cores} cores over the sampled time (1.0 = all of them busy). */
        public double cpuShare(int cores) {
            return wallSeconds <= 0 ? 0 : cpuSeconds / wallSeconds / Math.max(1, cores);
        }
    }

    private ResourceSampler(List<Long> roots, long periodMillis) {
        this.roots = List.copyOf(roots);
        this.startNanos = System.nanoTime();
        this.startCpuSeconds = cpuSeconds(this.roots);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "resource-sampler");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::sample, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    public static ResourceSampler start(long rootPid) {
        return start(List.of(rootPid));
    }

    /** Samples several process trees as one, their CPU and RSS summed (a composed stack's front and service). */
    public static ResourceSampler start(List<Long> roots) {
        return new ResourceSampler(roots, 250);
    }

    /** Stops sampling and returns the usage since start. */
    public Usage stop() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
        double wall = (System.nanoTime() - startNanos) / 1e9;
        double cpu = Math.max(0, cpuSeconds(roots) - startCpuSeconds);
        synchronized (rssMib) {
            double peak = rssMib.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double mean =
                    rssMib.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            return new Usage(cpu, wall, peak, mean);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void sample() {
        double rss = rssMib(roots);
        synchronized (rssMib) {
            rssMib.add(rss);
        }
    }

    /** Resident memory of the process tree under {@code pid}, MiB. */
    public static double rssMib(long pid) {
        return rssMib(List.of(pid));
    }

    /** Resident memory of the process trees under {@code roots}, summed, MiB. */
    public static double rssMib(List<Long> roots) {
        long bytes = 0;
        for (long p : trees(roots)) {
            String[] statm = read(Path.of("/proc", String.valueOf(p), "statm")).split(" ");
            if (statm.length > 1) {
                bytes += Long.parseLong(statm[1]) * PAGE_BYTES;
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    /** User + system CPU seconds consumed so far by the live processes of the tree under {@code pid}. */
    public static double cpuSeconds(long pid) {
        return cpuSeconds(List.of(pid));
    }

    static double cpuSeconds(List<Long> roots) {
        long ticks = 0;
        for (long p : trees(roots)) {
            ticks += statTicks(read(Path.of("/proc", String.valueOf(p), "stat")));
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** utime + stime (fields 14 and 15) of a process's or a thread's {@code stat} line; 0 when it is empty. */
    static long statTicks(String stat) {
        int close = stat.lastIndexOf(')'); // the command name may contain spaces and parentheses
        if (close < 0) {
            return 0;
        }
        String[] f = stat.substring(close + 2).split(" ");
        return f.length > 12 ? Long.parseLong(f[11]) + Long.parseLong(f[12]) : 0;
    }

    static List<Long> trees(List<Long> roots) {
        List<Long> pids = new ArrayList<>();
        roots.forEach(r -> pids.addAll(tree(r)));
        return pids;
    }

    private static List<Long> tree(long pid) {
        List<Long> pids = new ArrayList<>();
        ProcessHandle.of(pid).ifPresent(root -> {
            pids.add(root.pid());
            root.descendants().forEach(d -> pids.add(d.pid()));
        });
        return pids;
    }

    static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException | RuntimeException e) {
            return ""; // the process ended between listing and reading
        }
    }
}
