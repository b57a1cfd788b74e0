package dev.bakeoff.web;

import java.util.Map;

/**
 * The JDK HTTP server's limits, which it reads from system properties once, when its first server is
 * made (module jdk.httpserver documents them). Its defaults wait forever for a half-sent request and
 * take any number of connections, so a local client holding thousands of half-sent requests used up
 * the process's file descriptors and the server stopped answering. With these, a half-sent request is
 * dropped after {@link #REQUEST_SECONDS}, a connection that sends nothing after the same time, and the
 * connections beyond {@link #MAX_CONNECTIONS} are closed as they arrive, so memory and descriptors stay
 * bounded and the server answers again at most {@link #REQUEST_SECONDS} after a flood stops opening
 * connections. A value given on the command line (-D) wins.
 */
final class ServerLimits {
    /** Time to receive a request's headers and body; a browser on loopback needs milliseconds. */
    static final int REQUEST_SECONDS = 10;
    /** Open connections, idle ones included: a browser keeps about six per host. */
    static final int MAX_CONNECTIONS = 256;

    private static final Map<String, String> LIMITS = Map.of(
            "sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS), // seconds, despite the javadoc
            "jdk.httpserver.maxConnections", String.valueOf(MAX_CONNECTIONS),
            // the idle check (silent new connections, idle keep-alive ones) runs every 10 s by default
            "sun.net.httpserver.clockTick", "1000",
            "sun.net.httpserver.maxReqHeaders", "64",
            "sun.net.httpserver.maxReqHeaderSize", String.valueOf(64 * 1024));

    private ServerLimits() {}

    /** Sets each limit the user did not set; must run before the process makes its first HttpServer. */
    static void apply() {
        LIMITS.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
    }
}
