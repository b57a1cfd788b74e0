package dev.bakeoff.loadgen;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The definition of one WebSocket load against a broadcast endpoint (every text message goes to
 * every other client). {@code publishers} of the {@code connections} publish at a total {@code
 * ratePerSecond}; every delivery's publish-to-receive latency is recorded and lost, duplicated and
 * out-of-order deliveries are counted. With {@code idle}, the connections are only opened and held,
 * for memory-per-connection measurements.
 *
 * @param target {@code ws://host:port/path}
 * @param connections K open connections
 * @param publishers P of them publish (P &lt;= K)
 * @param ratePerSecond total publish rate over all publishers
 * @param payloadBytes size of each text message
 * @param warmup unmeasured phase
 * @param duration measured phase
 * @param idle only open and hold the connections
 * @param allowRemote allow a target that does not resolve to loopback
 * @param eventLoopThreads Netty event-loop threads
 */
public record WsLoad(
        URI target,
        int connections,
        int publishers,
        double ratePerSecond,
        int payloadBytes,
        Duration warmup,
        Duration duration,
        boolean idle,
        boolean allowRemote,
        int eventLoopThreads) {

    public WsLoad {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(warmup, "warmup");
        Objects.requireNonNull(duration, "duration");
    }

    /** A broadcast load with every setting but the target from {@link Defaults}. */
    public static WsLoad broadcast(URI target) {
        return new WsLoad(
                target,
                Defaults.WS_CONNECTIONS,
                Defaults.WS_PUBLISHERS,
                Defaults.WS_RATE_PER_SECOND,
                Defaults.WS_PAYLOAD_BYTES,
                Defaults.WARMUP,
                Defaults.DURATION,
                false,
                false,
                Defaults.eventLoopThreads(Defaults.WS_CONNECTIONS));
    }
}
