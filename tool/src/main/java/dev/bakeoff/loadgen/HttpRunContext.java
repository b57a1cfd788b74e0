package dev.bakeoff.loadgen;

import io.netty.bootstrap.Bootstrap;
import java.net.InetSocketAddress;

/**
 * What every connection of one HTTP run shares: settings resolved from the definition, the phase
 * times, and whether the run has ended. Times are on the run's {@link Clock}.
 */
final class HttpRunContext {
    final Clock clock;
    final InetSocketAddress address;
    final Bootstrap bootstrap;
    final int pipelineDepth;
    final long timeoutNanos;
    final long reconnectBackoffNanos;
    final double ratePerSecond;
    final int connections;
    /** Which requests met one of another class; null for a load of one class. */
    final Beside beside;
    /** Set once before the connections start (the start task publishes it to the loops). */
    long startNanos;

    /**
     * Volatile because a steady-state warmup moves both earlier while the loops run: they read the new
     * phase times on their next response, a plain load on x86, so the hot path stays as cheap.
     */
    volatile long warmupEndNanos;

    volatile long endNanos;
    private volatile boolean ended;

    HttpRunContext(
            Clock clock,
            InetSocketAddress address,
            Bootstrap bootstrap,
            int pipelineDepth,
            long timeoutNanos,
            long reconnectBackoffNanos,
            double ratePerSecond,
            int connections,
            Beside beside) {
        this.clock = clock;
        this.address = address;
        this.bootstrap = bootstrap;
        this.pipelineDepth = pipelineDepth;
        this.timeoutNanos = timeoutNanos;
        this.reconnectBackoffNanos = reconnectBackoffNanos;
        this.ratePerSecond = ratePerSecond;
        this.connections = connections;
        this.beside = beside;
    }

    /** Open model when a rate is set. */
    boolean open() {
        return ratePerSecond > 0;
    }

    boolean ended() {
        return ended;
    }

    void end() {
        ended = true;
    }
}
