package dev.bakeoff.lab;

/**
 * A reference app that would not start, died, or hung. It fails its cell (or its verification), not
 * the whole run; {@link #logTail()} is what the app printed last, which is usually the reason.
 */
public final class AppFailure extends RuntimeException {
    private final String logTail;

    AppFailure(String message, String logTail) {
        super(message);
        this.logTail = logTail;
    }

    public String logTail() {
        return logTail;
    }
}
