package dev.bakeoff.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Netty logs through java.util.logging, one warning with a stack trace per failed channel: tens of
 * thousands at a high connection count. This handler prints the first of each kind as one line and
 * counts the rest, summarised at the end of the load; the loadgen counts the errors themselves.
 */
final class NettyLog extends Handler implements AutoCloseable {
    private static final Logger NETTY = Logger.getLogger("io.netty");

    private final PrintStream err;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    private NettyLog(PrintStream err) {
        this.err = err;
    }

    static NettyLog install(PrintStream err) {
        NettyLog handler = new NettyLog(err);
        NETTY.setUseParentHandlers(false);
        NETTY.addHandler(handler);
        return handler;
    }

    /** One kind: the exception's class and message (or the log message), never the trace. */
    static String kind(LogRecord r) {
        Throwable t = r.getThrown();
        String what = t != null ? t.getClass().getSimpleName() + ": " + t.getMessage() : r.getMessage();
        return (what == null ? "" : what).lines().findFirst().orElse("");
    }

    @Override
    public synchronized void publish(LogRecord r) {
        if (r.getLevel().intValue() < Level.WARNING.intValue()) {
            return;
        }
        String kind = kind(r);
        int seen = counts.merge(kind, 1, Integer::sum);
        if (seen == 1) {
            err.println("bakeoff load: netty: " + kind + " (repeats are counted, not printed)");
        }
    }

    @Override
    public void flush() {
        err.flush();
    }

    /** Prints how often each kind repeated, and restores Netty's logging. */
    @Override
    public synchronized void close() {
        counts.forEach((kind, n) -> {
            if (n > 1) {
                err.println("bakeoff load: netty: " + kind + " x" + n);
            }
        });
        NETTY.removeHandler(this);
        NETTY.setUseParentHandlers(true);
        err.flush();
    }
}
