package dev.bakeoff.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JitActivityTest {
    private static final long MS = 1_000_000L;

    /** Readings every 400 ms; the compiler uses {@code share[i]} of a core in slice i. */
    private static boolean[] gate(double... share) {
        long[] clock = {0};
        long[] cpu = {0};
        JitActivity.QuietGate gate = new JitActivity.QuietGate(() -> cpu[0], () -> clock[0], 3200 * MS, 0.10);
        boolean[] answers = new boolean[share.length + 1];
        answers[0] = gate.getAsBoolean();
        for (int i = 0; i < share.length; i++) {
            clock[0] += 400 * MS;
            cpu[0] += Math.round(share[i] * 400 * MS);
            answers[i + 1] = gate.getAsBoolean();
        }
        return answers;
    }

    @Test
    void aCompilingJvmIsNotQuietUntilAWholeWindowHasStayedUnderTheShare() {
        boolean[] answers = gate(1, 1, 1, 1, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02);
        // reading i closes slice i - 1; the window (8 slices) still holds a busy slice until reading 12
        for (int i = 0; i < 12; i++) {
            assertThat(answers[i]).as("reading %d", i).isFalse();
        }
        assertThat(answers[12]).isTrue();
        assertThat(answers[13]).isTrue();
    }

    @Test
    void aShortBlipWithinTheShareStaysQuietAndALongerBurstDoesNot() {
        boolean[] blip = gate(0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0);
        assertThat(blip[8]).as("a window of nothing").isTrue();
        assertThat(blip[9]).as("a full core for 400 ms = 12.5% of 3.2 s").isFalse();
        boolean[] small = gate(0, 0, 0, 0, 0, 0, 0, 0, 0.4);
        assertThat(small[9]).as("160 ms in 3.2 s = 5%").isTrue();
    }

    @Test
    void thisJvmHasCompilerThreadsAndAProcessWithoutThemIsAlwaysQuiet() throws Exception {
        assertThat(JitActivity.compilerCpuNanos(List.of(ProcessHandle.current().pid())))
                .as("the test JVM runs HotSpot's C1/C2")
                .isGreaterThanOrEqualTo(0);
        Process sleep = new ProcessBuilder("sleep", "5").start();
        try {
            assertThat(JitActivity.compilerCpuNanos(List.of(sleep.pid()))).isEqualTo(-1);
            assertThat(JitActivity.quietOver(List.of(sleep.pid()), Duration.ofSeconds(3), 0.1)
                            .getAsBoolean())
                    .isTrue();
        } finally {
            sleep.destroy();
        }
    }

    @Test
    void threadTicksAreUserPlusSystemTimeAfterTheParenthesisedName() {
        String stat = "42 (C2 CompilerThre) S 1 2 3 4 5 6 7 8 9 10 250 30 0 0";
        assertThat(ResourceSampler.statTicks(stat)).isEqualTo(280);
    }
}
