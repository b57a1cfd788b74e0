package dev.bakeoff.bench;

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
 * @param ioInFlight       the io steps' levels of requests in flight, a subset of {@link Defaults#IO_IN_FLIGHT}
 */
public enum Preset {
    QUICK(1, 0.3, 1.25, 2, 1.0, 1000, 15.0, 2.5, false, new int[] {64, 1024}),
    STANDARD(3, 2.0, 5.0, 5, 2.0, 2000, 30.0, 10.0, true, Defaults.IO_IN_FLIGHT),
    THOROUGH(5, 3.0, 10.0, 7, 3.0, 5000, 60.0, 20.0, true, Defaults.IO_IN_FLIGHT);

    final int rounds;
    final double warmupSeconds;
    final double measureSeconds;
    final int capacitySteps;
    final double probeSeconds;
    final int wsIdleConnections;
    final double warmupMaxSeconds;
    final double mixedSeconds;
    final boolean plaintextFixedRate;
    private final int[] ioInFlight;

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
            int[] ioInFlight) {
        this.rounds = rounds;
        this.warmupSeconds = warmupSeconds;
        this.measureSeconds = measureSeconds;
        this.capacitySteps = capacitySteps;
        this.probeSeconds = probeSeconds;
        this.wsIdleConnections = wsIdleConnections;
        this.warmupMaxSeconds = warmupMaxSeconds;
        this.mixedSeconds = mixedSeconds;
        this.plaintextFixedRate = plaintextFixedRate;
        this.ioInFlight = ioInFlight.clone();
    }

    /** A capacity probe follows a load of the same endpoint: half a second (at most) settles the server's queue. */
    double probeWarmupSeconds() {
        return Math.min(0.5, warmupSeconds);
    }

    /** What this preset gives up to stay short, said in the plan; empty for the thorough one. */
    String tradeoffs() {
        return switch (this) {
            case QUICK ->
                "one round (every interval is within one process, none between processes), "
                        + measureSeconds + " s measured per step, " + capacitySteps
                        + " planned capacity probes (a wide bracket), io at 64 and 1,024 in flight only, no"
                        + " fixed-rate plaintext step, no data capacity search, a data size sweep of two sizes (10^4 and 2 x"
                        + " 10^5 rows: a line, no bend, not up to 10^6), " + wsIdleConnections
                        + " idle WebSocket connections; its"
                        + " figures rank stacks on this machine, they are not figures to quote";
            case STANDARD ->
                "3 rounds (a between-process interval of 3 values), " + measureSeconds + " s measured per step";
            case THOROUGH -> "";
        };
    }

    /** The io steps' requests in flight: quick skips the middle level to stay under five minutes. */
    int[] ioInFlight() {
        return ioInFlight.clone();
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
