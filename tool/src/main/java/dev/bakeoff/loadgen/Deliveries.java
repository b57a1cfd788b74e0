package dev.bakeoff.loadgen;

/**
 * The accounting of a WebSocket broadcast load: every published message should reach every other
 * connection exactly once, in order.
 *
 * @param published messages sent by the publishers
 * @param expected deliveries that should have happened: published x (K - 1)
 * @param delivered distinct deliveries that happened
 * @param missing {@code expected - delivered}, counted after the drain
 * @param duplicated deliveries of a message a receiver had already seen
 * @param outOfOrder deliveries older than one the receiver had already seen from that publisher
 */
public record Deliveries(
        long published, long expected, long delivered, long missing, long duplicated, long outOfOrder) {}
