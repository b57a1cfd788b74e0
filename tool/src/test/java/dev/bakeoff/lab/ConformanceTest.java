package dev.bakeoff.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.Verification;
import dev.bakeoff.model.Verification.Check;
import dev.bakeoff.model.Verification.Outcome;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier against real app processes: one that conforms, one that serves serially, one that dies. */
@Tag("e2e")
class ConformanceTest {
    @TempDir
    static Path state;

    static LabServices lab;

    @BeforeAll
    static void startLab() {
        lab = new LabServices(TestStacks.workspace(state), CpuSets.plan(0));
    }

    @AfterAll
    static void stopLab() {
        lab.close();
    }

    @Test
    void aConformingAppPassesEveryCheckAndWebSocketIsNotSupported() {
        Verification v = new Conformance(lab).verify(TestStacks.stack("stdlib-threaded"), 0);

        assertThat(v.failure()).isEmpty();
        assertThat(v.checks()).filteredOn(c -> c.outcome() == Outcome.FAIL).isEmpty();
        assertThat(v.checks())
                .extracting(Check::name)
                .contains("plaintext", "json", "io", "io-concurrency", "cpu", "data-report");
        assertThat(outcome(v, "websocket")).isEqualTo(Outcome.NOT_SUPPORTED);
        assertThat(v.passed()).isTrue();
        assertThat(v.readyMillis()).isPositive();
    }

    @Test
    void anAppThatServesOneRequestAtATimeFailsIoConcurrency() {
        Verification v = new Conformance(lab).verify(TestStacks.stack("stdlib-serial"), 0);

        assertThat(outcome(v, "io-concurrency")).isEqualTo(Outcome.FAIL);
        assertThat(outcome(v, "plaintext")).isEqualTo(Outcome.PASS);
        assertThat(v.passed()).isFalse();
    }

    @Test
    void anAppThatDiesMidCheckFailsWithItsLogAndLeavesNoProcess() {
        Verification v = new Conformance(lab).verify(TestStacks.stack("stdlib-crash"), 0);

        assertThat(v.passed()).isFalse();
        assertThat(v.failure()).contains("exited");
        assertThat(v.logTail()).contains("listening");
        assertThat(ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().commandLine().orElse("").contains("stdlib-app.py")))
                .isEmpty();
    }

    private static Outcome outcome(Verification v, String check) {
        return v.checks().stream()
                .filter(c -> c.name().equals(check))
                .findFirst()
                .orElseThrow()
                .outcome();
    }
}
