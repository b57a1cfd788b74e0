package dev.bakeoff.loadgen;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Which requests of a mix met a request of another class: one was in flight when it was sent, or one was sent
 * before it was answered. A cheap request beside a CPU job is the one that event-loop or GIL blocking delays,
 * so its latency is kept apart ({@link ClassResult#besideCorrectedMicros}): its median answers "do cheap
 * requests wait while CPU work runs?" from every such request, where the p99 of all cheap requests hangs on
 * whether the few CPU jobs of a short step happen to fill the slowest 1%.
 *
 * <p>Implementation notes: one per run, shared by every connection of every loop; a send and an answer each
 * cost one uncontended atomic add and a few plain loads, no lock and no allocation. A load of one class has
 * none ({@code null} in {@link HttpRunContext#beside}).
 */
final class Beside {
    private final AtomicLongArray sent;
    private final AtomicLongArray done;

    Beside(int classes) {
        sent = new AtomicLongArray(classes);
        done = new AtomicLongArray(classes);
    }

    void sent(int requestClass) {
        sent.getAndIncrement(requestClass);
    }

    /** Answered, failed or dropped: no longer in flight. */
    void done(int requestClass) {
        done.getAndIncrement(requestClass);
    }

    /** Requests of the other classes sent so far: a change between a send and its answer is an overlap. */
    long othersSent(int requestClass) {
        long total = 0;
        for (int c = 0; c < sent.length(); c++) {
            if (c != requestClass) {
                total += sent.get(c);
            }
        }
        return total;
    }

    /** Whether a request of another class is in flight now. */
    boolean othersInFlight(int requestClass) {
        for (int c = 0; c < sent.length(); c++) {
            // done before sent: a concurrent answer can then only make this err towards "in flight".
            if (c != requestClass && sent.get(c) - done.get(c) > 0) {
                return true;
            }
        }
        return false;
    }
}
