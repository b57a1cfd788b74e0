package dev.bakeoff.store;

/** The results database failed underneath us (disk full, file removed, corrupted). */
public final class StoreException extends RuntimeException {
    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
