package dev.bakeoff.run;

import dev.bakeoff.lab.AppProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether an app whose step failed is really down: a process that has exited is, and so is one that does
 * not answer {@code GET /health} with 200 in a few tries. A step that got no answer in time from an
 * overloaded app (answering late, not dead) must not cost the stack the rest of its round.
 */
final class HealthProbe {
    static final int TRIES = 3;
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private HealthProbe() {}

    /** Why the app is down, or empty when it answered /health with 200 (and in how long, for the message). */
    static Optional<String> down(AppProcess app) {
        if (!app.isAlive()) {
            return Optional.of("its process has exited");
        }
        return down(URI.create(app.baseUrl() + "/health"));
    }

    static Optional<String> down(URI health) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .build();
        HttpRequest request = HttpRequest.newBuilder(health).timeout(TIMEOUT).build();
        String last = "";
        for (int i = 0; i < TRIES; i++) {
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 200) {
                    return Optional.empty();
                }
                last = "GET /health answered " + status;
            } catch (IOException e) {
                last = "GET /health failed: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of("interrupted while probing /health");
            }
        }
        return Optional.of(last + " (" + TRIES + " tries, " + TIMEOUT.toSeconds() + " s each)");
    }

    /**
     * The app's last log lines for a failure message; when it logged nothing, how to see what it does (the
     * apps log no requests in production mode, so a hang leaves an empty log).
     */
    static String logTail(AppProcess app, String stack, int lines) {
        String log = app.logTail(lines);
        if (log != null && !log.isBlank()) {
            return tail(log);
        }
        return "\n  its log (" + app.logFile() + ") is empty: the app logs nothing while it serves. To see what it"
                + " does, start it alone with `./bakeoff start " + stack + "` and load it with `./bakeoff load`;"
                + " for a JVM stack, `jcmd " + app.pid() + " Thread.print` while it hangs shows its threads.";
    }
    /** The app's last log lines, indented under the message; empty when it logged nothing. */
    static String tail(String log) {
        return log == null || log.isBlank() ? "" : "\n  last lines of its log:\n    " + log.replace("\n", "\n    ");
    }
}
