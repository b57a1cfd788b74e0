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
 * @param probeSeconds     measured seconds of each capacity probe (after a half-second warm-up)
 * @param wsIdleConnections idle WebSocket connections for the memory-per-connection step
 * @param mixedSeconds     measured seconds of the mixed steps: CPU jobs are rare, so they need longer to show in a p99
 * @param plaintextFixedRate whether plaintext also gets a fixed-rate latency step (json always does)
 * @param appWarmupSeconds at most this long, mixed traffic to every endpoint before an app's first HTTP workload, until throughput settles
 */
public enum Preset {
    QUICK(1, 0.5, 1.25, 2, 0.5, 1000, 6.0, 3.0, false),
    STANDARD(3, 2.0, 5.0, 5, 2.0, 2000, 20.0, 10.0, true),
    THOROUGH(5, 3.0, 10.0, 7, 3.0, 5000, 40.0, 20.0, true);

    final int rounds;
    final double warmupSeconds;
    final double measureSeconds;
    final int capacitySteps;
    final double probeSeconds;
    final int wsIdleConnections;
    final double appWarmupSeconds;
    final double mixedSeconds;
    final boolean plaintextFixedRate;

    Preset(
            int rounds,
            double warmupSeconds,
            double measureSeconds,
            int capacitySteps,
            double probeSeconds,
            int wsIdleConnections,
            double appWarmupSeconds,
            double mixedSeconds,
            boolean plaintextFixedRate) {
        this.rounds = rounds;
        this.warmupSeconds = warmupSeconds;
        this.measureSeconds = measureSeconds;
        this.capacitySteps = capacitySteps;
        this.probeSeconds = probeSeconds;
        this.wsIdleConnections = wsIdleConnections;
        this.appWarmupSeconds = appWarmupSeconds;
        this.mixedSeconds = mixedSeconds;
        this.plaintextFixedRate = plaintextFixedRate;
    }

    /** Seconds of mixed traffic each app gets before its first HTTP workload (not measured). */
    public double appWarmupSeconds() {
        return appWarmupSeconds;
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
