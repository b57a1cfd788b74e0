package dev.bakeoff.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bakeoff run ... 2>log}, as a CI job runs it: the log must read as plain lines. */
@Tag("e2e")
class RunLogTest {
    @TempDir
    Path state;

    @Test
    void progressToAFileIsPlainLinesWithoutCursorCodes() throws Exception {
        Path stacks = Path.of(getClass().getResource("/stacks").toURI());
        Path log = state.resolve("err.log");
        Process cli = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dbakeoff.root=" + state,
                        "-Dbakeoff.stacks=" + stacks,
                        "dev.bakeoff.cli.Main",
                        "run",
                        "--stacks",
                        "stdlib-threaded",
                        "--workloads",
                        "startup,plaintext"))
                .redirectError(log.toFile())
                .redirectOutput(state.resolve("out.log").toFile())
                .start();
        assertThat(cli.waitFor(120, TimeUnit.SECONDS)).as("the run ended").isTrue();
        assertThat(cli.exitValue()).as(Files.readString(log)).isZero();

        String text = Files.readString(log);
        assertThat(text).as("no escape codes").doesNotContain("\033");
        assertThat(text).as("no carriage returns").doesNotContain("\r");
        List<String> lines = text.lines().toList();
        assertThat(lines)
                .as(text)
                .filteredOn(l -> l.contains("] trial ended: "))
                .hasSize(2);
        assertThat(lines)
                .as(text)
                .filteredOn(l -> l.contains("] stdlib-threaded ") && l.contains(" started "))
                .hasSize(2);
        assertThat(KillDuringRunTest.announcedTrials(log))
                .containsExactlyInAnyOrder("stdlib-threaded startup/cold r1", "stdlib-threaded plaintext/max r1");
    }
}
