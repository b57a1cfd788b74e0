package dev.bakeoff.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ctrl-C or SIGTERM during {@code bakeoff load} (a separate JVM) prints what was measured, as wrk does. */
@Tag("e2e")
class LoadInterruptTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalMidLoadPrintsThePartialResultAndExitsWithItsCode(String signal, int expectedExit) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", ex -> {
            ex.sendResponseHeaders(200, 2);
            ex.getResponseBody().write("ok".getBytes());
            ex.close();
        });
        server.start();
        try {
            Path out = dir.resolve("out.txt");
            Path err = dir.resolve("err.txt");
            Process load = new ProcessBuilder(List.of(
                            // As in KillDuringRunTest: SIGINT may arrive ignored from the test's parent.
                            "python3",
                            "-c",
                            "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL);"
                                    + " os.execvp(sys.argv[1], sys.argv[1:])",
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            "dev.bakeoff.cli.Main",
                            "load",
                            "http://127.0.0.1:" + server.getAddress().getPort() + "/",
                            "-c",
                            "2",
                            "--warmup",
                            "0s",
                            "-d",
                            "60s"))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(err).contains("measure ") && System.nanoTime() < deadline) {
                Thread.sleep(100); // wait for two measured seconds, so there is something to report
            }
            Thread.sleep(1000);
            new ProcessBuilder("kill", "-s", signal, String.valueOf(load.pid()))
                    .start()
                    .waitFor();
            assertThat(load.waitFor(15, TimeUnit.SECONDS))
                    .as("stopped within 15 s of SIG" + signal)
                    .isTrue();
            String printed = Files.readString(out);
            assertThat(load.exitValue()).as(Files.readString(err)).isEqualTo(expectedExit);
            assertThat(printed).contains("Running").contains("requests in").contains("Latency");
            assertThat(Files.readString(err)).contains("interrupted; the figures above cover the");
        } finally {
            server.stop(0);
        }
    }
}
