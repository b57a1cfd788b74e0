package dev.bakeoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** setup, stacks and verify as a user runs them, on the test stacks: exit codes and messages. */
@Tag("e2e")
class LabCommandsTest {
    @TempDir
    Path state;

    @BeforeEach
    void useTestStacks() throws URISyntaxException {
        System.setProperty(
                "bakeoff.stacks",
                Path.of(getClass().getResource("/stacks").toURI()).toString());
        System.setProperty("bakeoff.root", state.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("bakeoff.stacks");
        System.clearProperty("bakeoff.root");
    }

    @Test
    void verifyPassesAConformingStackWithExitZero() {
        CliRun run = CliRun.of("verify", "stdlib-threaded");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("stdlib-threaded").contains("pass");
    }

    @Test
    void verifyExitsThreeWhenAStackFails() {
        CliRun run = CliRun.of("verify", "stdlib-crash");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("FAIL").contains("last lines of its log");
    }

    @Test
    void anUnknownStackNameIsBadInputWithTheKnownNames() {
        CliRun run = CliRun.of("verify", "stdlib-threadd");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("stack 'stdlib-threadd'").contains("did you mean 'stdlib-threaded'");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void aPortInUseIsBadInputNamingTheOption() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("verify", "--port", String.valueOf(taken.getLocalPort()), "stdlib-threaded");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--port").contains("already in use");
        }
    }

    @Test
    void aBrokenStackYamlIsBadInputWithFileAndLine() throws IOException {
        Path stacks = Files.createDirectories(state.resolve("stacks/broken"));
        Files.writeString(stacks.resolve("stack.yaml"), "name: broken\nlanguage: [oops\n");
        System.setProperty("bakeoff.stacks", stacks.getParent().toString());
        CliRun run = CliRun.of("stacks");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("broken/stack.yaml:").contains("YAML syntax error");
    }

    @Test
    void stacksJsonIsOneDocumentOnStdout() {
        CliRun run = CliRun.of("stacks", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).startsWith("[").endsWith("]").contains("\"stack\" : \"stdlib-threaded\"");
    }

    @Test
    void anUnknownOptionIsUsageErrorExitTwo() {
        CliRun run = CliRun.of("verify", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-option").contains("--help");
    }
}
