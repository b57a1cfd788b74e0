package dev.bakeoff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code bakeoff load}'s exit codes for loads that cannot or did not work. */
class LoadOutcomeTest {
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String serve(int status) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", ex -> {
            byte[] body = "x".getBytes();
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Test
    void aLoadWhereEveryResponseIsNon2xxExitsThree() throws Exception {
        CliRun run = CliRun.of("load", serve(404), "-c", "2", "-d", "1s", "--warmup", "0s");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("every response had a non-2xx status");
    }

    @Test
    void aLoadWith2xxResponsesExitsZero() throws Exception {
        CliRun run = CliRun.of("load", serve(200), "-c", "2", "-d", "1s", "--warmup", "0s");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("ends within");
    }

    @Test
    void theStatedTimeBoundHoldsWhenConnectsHang() throws Exception {
        // A listener that never accepts: once its backlog is full, connects hang until their timeout.
        try (java.net.ServerSocket stuck = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            CliRun run = CliRun.of(
                    "load",
                    "http://127.0.0.1:" + stuck.getLocalPort() + "/",
                    "-c",
                    "300",
                    "--timeout",
                    "1s",
                    "-d",
                    "1s",
                    "--warmup",
                    "0s");
            double seconds = (System.nanoTime() - start) / 1e9;
            java.util.regex.Matcher bound =
                    java.util.regex.Pattern.compile("ends within (\\d+) s").matcher(run.err());
            assertThat(bound.find()).as(run.err()).isTrue();
            assertThat(seconds).as(run.err()).isLessThanOrEqualTo(Double.parseDouble(bound.group(1)));
            assertThat(run.exitCode()).isEqualTo(3);
        }
    }

    @Test
    void moreConnectionsThanTheFileDescriptorLimitIsBadInputBeforeAnyConnect() {
        long limit = FdLimit.softLimit().orElse(-1);
        assumeThat(limit).as("/proc/self/limits readable").isPositive();
        String tooMany = String.valueOf(limit + 1);
        CliRun run = CliRun.of("load", "http://127.0.0.1:9/", "-c", tooMany, "-d", "1s");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("--connections " + tooMany)
                .contains("the limit is " + limit)
                .contains("ulimit -n");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
