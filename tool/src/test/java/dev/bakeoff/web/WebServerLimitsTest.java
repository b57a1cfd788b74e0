package dev.bakeoff.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow-loris against the server in a JVM of its own (as {@code bakeoff serve} runs): half-sent requests
 * do not stop a normal client from being answered, the server drops them itself after its request
 * timeout, and a flood of them beyond the connection cap costs it no more than the cap in descriptors.
 */
@Tag("e2e")
class WebServerLimitsTest {
    static final int HALF_SENT = 200;
    static final int FLOOD = 2 * ServerLimits.MAX_CONNECTIONS;

    @TempDir
    Path root;

    Process child;
    String origin;
    String token;
    final List<Socket> attack = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dbakeoff.root=" + root,
                        "-Dbakeoff.stacks="
                                + Path.of(getClass().getResource("/stacks").toURI()),
                        ServeForTest.class.getName())
                .redirectError(root.resolve("server.err").toFile())
                .start();
        String url =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(url)
                .as("the server's URL (stderr: %s)", root.resolve("server.err"))
                .isNotNull();
        Matcher m = Pattern.compile("(http://[^/]+)/\\?token=(\\w+)").matcher(url);
        assertThat(m.matches()).as(url).isTrue();
        origin = m.group(1);
        token = m.group(2);
    }

    @AfterEach
    void stop() throws Exception {
        for (Socket s : attack) {
            s.close();
        }
        if (child != null) {
            child.getOutputStream().close();
            if (!child.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void halfSentRequestsNeitherBlockANormalClientNorStayOpen() throws Exception {
        int port = URI.create(origin).getPort();
        long baseline = descriptors();
        for (int i = 0; i < HALF_SENT; i++) {
            attack.add(halfSent(port));
        }
        assertThat(answered())
                .as("a normal client next to %d half-sent requests", HALF_SENT)
                .isTrue();

        for (int i = HALF_SENT; i < FLOOD; i++) {
            attack.add(halfSent(port));
        }
        Thread.sleep(1000);
        assertThat(descriptors() - baseline)
                .as(
                        "descriptors the server holds for %d half-sent requests (cap %d)",
                        FLOOD, ServerLimits.MAX_CONNECTIONS)
                .isLessThanOrEqualTo(ServerLimits.MAX_CONNECTIONS + 20);

        // The attacker keeps every socket open; the server closes them on its own.
        long deadline = System.nanoTime()
                + Duration.ofSeconds(ServerLimits.REQUEST_SECONDS + 6).toNanos();
        int open = attack.size();
        for (Socket s : attack) {
            if (closedByServer(s, deadline)) {
                open--;
            }
        }
        assertThat(open)
                .as("half-sent requests still open after the request timeout")
                .isZero();
        assertThat(answered()).as("a normal client after the flood").isTrue();
    }

    /** A request line and one header, then nothing: the server waits for the rest. */
    private static Socket halfSent(int port) throws IOException {
        Socket s = new Socket("127.0.0.1", port);
        s.getOutputStream()
                .write(("GET /api/status HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-Slow: ")
                        .getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    private static boolean closedByServer(Socket s, long deadlineNanos) {
        long left = Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
        try {
            s.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
            while (s.getInputStream().read() >= 0) {
                // an answer (e.g. 400) before the close is fine too
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server
        }
    }

    private boolean answered() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest get = HttpRequest.newBuilder(URI.create(origin + "/api/status"))
                .header(Guard.TOKEN_HEADER, token)
                .timeout(Duration.ofSeconds(10))
                .build();
        return client.send(get, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
    }

    private long descriptors() throws IOException {
        try (var fds = Files.list(Path.of("/proc", String.valueOf(child.pid()), "fd"))) {
            return fds.count();
        }
    }
}
