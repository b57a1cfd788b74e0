package dev.bakeoff.loadgen;

/** Indexes of the WebSocket counters in {@link LoopStats}. */
final class WsCounters {
    static final int OPENED = 0;
    static final int CONNECT_ERRORS = 1;
    static final int CLOSED_EARLY = 2;
    static final int PUBLISHED = 3;
    static final int DELIVERED = 4;
    static final int DUPLICATED = 5;
    static final int OUT_OF_ORDER = 6;
    static final int FOREIGN = 7;
    /** Publishes whose intended time lies in the measured phase. */
    static final int PUBLISHED_MEASURED = 8;

    static final int SIZE = 9;

    private WsCounters() {}
}
