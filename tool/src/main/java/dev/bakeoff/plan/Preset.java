package dev.bakeoff.plan;

import dev.bakeoff.model.BadInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How much time a run trades for tighter intervals. {@code quick} measures all six stacks on every
 * workload in under five minutes on a 2-core machine; the others repeat rounds with fresh processes.
 *
 * @param rounds           trial rounds; each starts every stack afresh
 * @param capacitySteps    bisection steps of the capacity-at-SLO search
 * @param warmupSeconds    warm-up of a step whose endpoint is already warm (open-model steps, capacity probes, later
 *     closed-model steps): connections, pools and the server's queue settle
 * @param measureSeconds   measured seconds of each step
 * @param probeSeconds     measured seconds of each capacity probe
 * @param wsIdleConnections idle WebSocket connections for the memory-per-connection step
 * @param mixedSeconds     measured seconds of the mixed steps: CPU jobs are rare, so they need longer to show in a p99
 * @param plaintextFixedRate whether plaintext also gets a fixed-rate latency step (json always does)
 * @param warmupMaxSeconds the longest warm-up of an endpoint's first closed-model step: it ends as soon as throughput is
 *     steady ({@link dev.bakeoff.loadgen.Defaults#STEADY_STATE}), which takes a JIT on one core 5-15 s
 * @param ioDelaysMs       the downstream delays of the io levels (same rate at each: in flight = rate x delay)
 * @param pacedSeconds     measured seconds of the io levels, the io ceiling probe and the efficiency steps
 * @param plaintextEfficiency whether plaintext gets its own efficiency step (json, io, cpu and data always do)
 */
public enum Preset {
    QUICK(1, 0.3, 1.25, 2, 1.0, 1000, 25.0, 2.5, false, new int[] {50, 1000}, 0.5, false),
    STANDARD(3, 0.3, 1.25, 2, 0.75, 2000, 25.0, 2.5, false, new int[] {50, 1000}, 0.5, false),
    THOROUGH(5, 3.0, 10.0, 7, 3.0, 5000, 60.0, 20.0, true, new int[] {50, 1000, 5000}, 3.0, true);

    final int rounds;
    public final double warmupSeconds;
    public final double measureSeconds;
    final int capacitySteps;
    public final double probeSeconds;
    final int wsIdleConnections;
    public final double warmupMaxSeconds;
    final double mixedSeconds;
    final boolean plaintextFixedRate;
    private final int[] ioDelaysMs;
    final double pacedSeconds;
    final boolean plaintextEfficiency;

    Preset(
            int rounds,
            double warmupSeconds,
            double measureSeconds,
            int capacitySteps,
            double probeSeconds,
            int wsIdleConnections,
            double warmupMaxSeconds,
            double mixedSeconds,
            boolean plaintextFixedRate,
            int[] ioDelaysMs,
            double pacedSeconds,
            boolean plaintextEfficiency) {
        this.rounds = rounds;
        this.warmupSeconds = warmupSeconds;
        this.measureSeconds = measureSeconds;
        this.capacitySteps = capacitySteps;
        this.probeSeconds = probeSeconds;
        this.wsIdleConnections = wsIdleConnections;
        this.warmupMaxSeconds = warmupMaxSeconds;
        this.mixedSeconds = mixedSeconds;
        this.plaintextFixedRate = plaintextFixedRate;
        this.ioDelaysMs = ioDelaysMs.clone();
        this.pacedSeconds = pacedSeconds;
        this.plaintextEfficiency = plaintextEfficiency;
    }

    /** A capacity probe follows a load of the same endpoint: half a second (at most) settles the server's queue. */
    public double probeWarmupSeconds() {
        return Math.min(0.5, warmupSeconds);
    }

    /** What this preset gives up to stay short, said in the plan; empty for the thorough one. */
    String tradeoffs() {
        return switch (this) {
            case QUICK ->
                "one round (one process per stack: its intervals are as wide as this machine's spread between"
                        + " processes, so fine differences tie), "
                        + measureSeconds + " s measured per step, no capacity search (no capacity-per-core table;"
                        + " cores and hosting cost in advise come from CPU per 1k at a fixed rate, as in every"
                        + " preset), io at 50 ms and 1 s of downstream delay only"
                        + " (hundreds in flight, not the 5 s level's thousands), " + pacedSeconds
                        + " s measured per io level and efficiency step (a rough CPU per 1k), no fixed-rate or"
                        + " efficiency step for plaintext (json's covers the same path), a data size sweep of two"
                        + " sizes (10^4 and 2 x 10^5 rows: a line, no bend, not up to 10^6), " + wsIdleConnections
                        + " idle WebSocket connections; its"
                        + " figures rank stacks on this machine, they are not figures to quote";
            case STANDARD ->
                // Its steps are quick's lengths: three fresh processes per stack are what buy its intervals, and
                // six stacks x every workload x 3 rounds must stay under 20 minutes on 2 cores.
                "3 rounds (a between-process interval of 3 values, 2 degrees of freedom), quick's step lengths ("
                        + measureSeconds + " s measured per step, " + pacedSeconds + " s per io level and efficiency"
                        + " step, " + capacitySteps + " capacity probes, for json only: cpu's, data's and db's"
                        + " cost per request come from CPU per 1k), quick's warm-up limit (" + (int) warmupMaxSeconds
                        + " s: a JIT still compiling then is flagged by the trend check, not waited out), io at 50 ms and 1 s of downstream delay"
                        + " (up to 200 in flight; the 5 s level's 1,000 in flight is thorough's), no fixed-rate or"
                        + " efficiency step for plaintext (json's covers the same path)";
            case THOROUGH -> "";
        };
    }

    /** The io levels' downstream delays (ms): quick skips the 5 s level to stay under five minutes. */
    int[] ioDelaysMs() {
        return ioDelaysMs.clone();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Preset byId(String id, String option) {
        return Arrays.stream(values())
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new BadInputException(
                        option,
                        "unknown preset '" + id + "'",
                        "use one of: " + Arrays.stream(values()).map(Preset::id).collect(Collectors.joining(", "))));
    }
}
