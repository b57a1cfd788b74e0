package dev.bakeoff.loadgen;

/**
 * A load cut short by an interrupt of its calling thread (Ctrl-C, the web UI's Cancel): a failure of the
 * load, not of Bakeoff. It stays an {@link IllegalStateException} so that callers that caught that before
 * still do; the run engine catches this type alone, so that a bug in the tool is never taken for it.
 */
public final class LoadInterrupted extends IllegalStateException {
    LoadInterrupted(String target, InterruptedException cause) {
        super("interrupted while running " + target, cause);
    }
}
