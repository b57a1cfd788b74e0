package dev.bakeoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The report and serve commands' bad input: exit 2 with a message that names the input and the fix. */
class ReportCommandTest {
    @Test
    void anUnknownRunIsBadInputNamingTheRun() {
        CliRun r = CliRun.of("report", "no-such-run");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("run 'no-such-run'", "./bakeoff history");
    }

    @Test
    void servingOnAPortInUseIsBadInputNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun r = CliRun.of("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--port " + taken.getLocalPort(), "in use");
        }
    }
}
