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
 */
public enum Preset {
    QUICK(1, 0.5, 1.25, 3, 0.75, 1000),
    STANDARD(3, 2.0, 5.0, 5, 2.0, 2000),
    THOROUGH(5, 3.0, 10.0, 7, 3.0, 5000);

    final int rounds;
    final double warmupSeconds;
    final double measureSeconds;
    final int capacitySteps;
    final double probeSeconds;
    final int wsIdleConnections;

    Preset(
            int rounds,
            double warmupSeconds,
            double measureSeconds,
            int capacitySteps,
            double probeSeconds,
            int wsIdleConnections) {
        this.rounds = rounds;
        this.warmupSeconds = warmupSeconds;
        this.measureSeconds = measureSeconds;
        this.capacitySteps = capacitySteps;
        this.probeSeconds = probeSeconds;
        this.wsIdleConnections = wsIdleConnections;
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
