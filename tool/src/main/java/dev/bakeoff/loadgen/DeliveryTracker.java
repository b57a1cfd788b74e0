package dev.bakeoff.loadgen;

import java.util.Arrays;

/**
 * What one receiving connection has seen from each publisher: the highest sequence number and a
 * 64-bit window of the ones just below it (the anti-replay window of IPsec), so duplicates and
 * late (out-of-order) deliveries are told apart without remembering every number.
 *
 * <p>Implementation notes: single-threaded (the receiver's event loop); no allocation after
 * construction. A delivery more than 64 behind the highest is counted out of order and assumed
 * new, since the window no longer remembers it.
 */
final class DeliveryTracker {
    /** The outcome of one delivery. */
    enum Outcome {
        IN_ORDER,
        OUT_OF_ORDER,
        DUPLICATE
    }

    private static final int WINDOW = 64;
    private final long[] highest;
    private final long[] window;

    DeliveryTracker(int publishers) {
        highest = new long[publishers];
        window = new long[publishers];
        Arrays.fill(highest, -1);
    }

    Outcome deliver(int publisher, long seq) {
        long top = highest[publisher];
        if (seq > top) {
            long shift = seq - top;
            window[publisher] = (shift >= WINDOW ? 0 : window[publisher] << shift) | 1L;
            highest[publisher] = seq;
            return Outcome.IN_ORDER;
        }
        long behind = top - seq;
        if (behind >= WINDOW) {
            return Outcome.OUT_OF_ORDER;
        }
        long bit = 1L << behind;
        if ((window[publisher] & bit) != 0) {
            return Outcome.DUPLICATE;
        }
        window[publisher] |= bit;
        return Outcome.OUT_OF_ORDER;
    }
}
