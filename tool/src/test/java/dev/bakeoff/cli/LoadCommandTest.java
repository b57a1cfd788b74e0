package dev.bakeoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadCommandTest {
    private String out;
    private String err;

    private int run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            return Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            out = outBytes.toString(StandardCharsets.UTF_8);
            err = errBytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void rejectsANegativeRateNamingTheOption() {
        assertThat(run("load", "--rate", "-5", "http://127.0.0.1:9/")).isEqualTo(2);
        assertThat(err).contains("--rate").contains("positive");
    }

    @Test
    void rejectsAnUnknownScheme() {
        assertThat(run("load", "--rate", "10", "ftp://127.0.0.1:9/")).isEqualTo(2);
        assertThat(err).contains("URL").contains("unsupported scheme 'ftp'");
    }

    @Test
    void rejectsANonLoopbackHostWithoutAllowRemote() {
        assertThat(run("load", "--rate", "10", "http://192.0.2.1:80/")).isEqualTo(2);
        assertThat(err).contains("loopback").contains("--allow-remote");
    }

    @Test
    void asksForARateOrConnections() {
        assertThat(run("load", "http://127.0.0.1:9/")).isEqualTo(2);
        assertThat(err).contains("--rate").contains("--connections");
    }

    @Test
    void rejectsAMalformedDuration() {
        assertThat(run("load", "--rate", "10", "--duration", "ten", "http://127.0.0.1:9/"))
                .isEqualTo(2);
        assertThat(err).contains("--duration").contains("'ten' is not a duration");
    }

    @Test
    void reportsABadMixFileByFileAndLine(@TempDir Path dir) throws Exception {
        Path mix = dir.resolve("mix.yaml");
        Files.writeString(mix, "requests:\n  - name: a\n    path: /a\n    weight: 0\n");
        assertThat(run("load", "--rate", "10", "--mix", mix.toString(), "http://127.0.0.1:9/"))
                .isEqualTo(2);
        assertThat(err).contains("mix.yaml:4").contains("weight");
    }

    @Test
    void printsOneJsonDocumentOnStdoutAndProgressOnStderr() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "ok".getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/plaintext";
            int code = run("load", "--rate", "50", "-c", "2", "--duration", "1s", "--warmup", "0s", "--json", url);
            assertThat(code).as(err).isZero();
            JsonNode json = new ObjectMapper().readTree(out);
            assertThat(json.get("completed").asLong()).isBetween(40L, 55L);
            assertThat(json.get("classes")
                            .get(0)
                            .get("correctedMicros")
                            .get("p99")
                            .asLong())
                    .isPositive();
            assertThat(err).contains("measure");
        } finally {
            server.stop(0);
        }
    }
}
