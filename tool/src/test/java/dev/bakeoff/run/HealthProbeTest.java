package dev.bakeoff.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HealthProbeTest {
    private static URI serve(HttpServer server) {
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/health");
    }

    @Test
    void anAppThatAnswersHealthIsUpEvenAfterAFailedStep() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger calls = new AtomicInteger();
        server.createContext("/health", ex -> {
            // Busy at first (like an app still draining a backlog), then fine.
            int status = calls.incrementAndGet() == 1 ? 503 : 200;
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        try {
            assertThat(HealthProbe.down(serve(server))).isEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anAppThatNeverAnswersHealthIsDown() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/health", ex -> {
            ex.sendResponseHeaders(500, -1);
            ex.close();
        });
        try {
            assertThat(HealthProbe.down(serve(server)))
                    .hasValueSatisfying(
                            why -> assertThat(why).contains("answered 500").contains("3 tries"));
        } finally {
            server.stop(0);
        }
        assertThat(HealthProbe.down(URI.create("http://127.0.0.1:9/health"))).isPresent();
    }
}
