package dev.bakeoff.web;

import dev.bakeoff.cli.Main;

/**
 * The web server alone in a JVM of its own, as {@code bakeoff serve} runs it: the JDK server reads its
 * limits once per process, so a test of them must not share a JVM with other servers. Prints the URL,
 * then serves until its standard input closes (the test's end).
 */
final class ServeForTest {
    private ServeForTest() {}

    public static void main(String[] args) throws Exception {
        try (WebServer server = WebServer.start(0, Main::run, "test")) {
            System.out.println(server.url());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our stdin
            }
        }
    }
}
