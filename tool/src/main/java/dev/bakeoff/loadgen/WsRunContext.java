package dev.bakeoff.loadgen;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

/**
 * What every connection of one WebSocket run shares: settings, phase times, the handshake
 * throttle (so that thousands of connects do not overflow the server's accept backlog) and
 * whether the run has ended. Times are on the run's {@link Clock}.
 */
final class WsRunContext {
    final Clock clock;
    final int publishers;
    final double ratePerSecond;
    final int payloadBytes;
    final Semaphore handshakesInProgress;
    final CountDownLatch settled;
    /** Set once before the publishers start (the start task publishes it to the loops). */
    long startNanos;

    long warmupEndNanos;
    long endNanos;
    private volatile boolean ended;

    WsRunContext(Clock clock, int publishers, double ratePerSecond, int payloadBytes, int connections) {
        this.clock = clock;
        this.publishers = publishers;
        this.ratePerSecond = ratePerSecond;
        this.payloadBytes = payloadBytes;
        this.handshakesInProgress = new Semaphore(256);
        this.settled = new CountDownLatch(connections);
    }

    boolean ended() {
        return ended;
    }

    void end() {
        ended = true;
    }
}
