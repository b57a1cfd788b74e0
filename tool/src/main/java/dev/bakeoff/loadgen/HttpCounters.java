package dev.bakeoff.loadgen;

/** Indexes of the HTTP counters in {@link LoopStats}; per-class counters follow the fixed ones. */
final class HttpCounters {
    static final int CONNECT = 0;
    static final int TIMEOUT = 1;
    static final int RESET = 2;
    static final int PROTOCOL = 3;
    static final int IN_FLIGHT = 4;
    static final int SENT = 5;
    private static final int FIXED = 6;

    private HttpCounters() {}

    /** Responses of the class at any time (for the per-second timeline). */
    static int completed(int requestClass) {
        return FIXED + 4 * requestClass;
    }

    /** Error answers of the class at any time (for the per-second timeline). */
    static int non2xx(int requestClass) {
        return FIXED + 4 * requestClass + 1;
    }

    /** Responses of the class that arrived inside the measured phase (for the achieved rate). */
    static int completedMeasured(int requestClass) {
        return FIXED + 4 * requestClass + 2;
    }

    /** Error answers of the class inside the measured phase: of {@link #completedMeasured}. */
    static int non2xxMeasured(int requestClass) {
        return FIXED + 4 * requestClass + 3;
    }

    static int size(int classes) {
        return FIXED + 4 * classes;
    }
}
