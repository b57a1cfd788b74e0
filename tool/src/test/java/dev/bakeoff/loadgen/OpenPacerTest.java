package dev.bakeoff.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenPacerTest {

    @Test
    void spacesRequestsAtTheConnectionsShareOfTheRate() {
        // 1000 req/s over 4 connections: each connection every 4 ms.
        OpenPacer pacer = OpenPacer.forConnection(0, 1000, 0, 4);
        assertThat(pacer.take()).isEqualTo(0);
        assertThat(pacer.take()).isEqualTo(4_000_000);
        assertThat(pacer.take()).isEqualTo(8_000_000);
    }

    @Test
    void staggersConnectionsSoArrivalsAreEven() {
        long[] firsts = new long[4];
        for (int i = 0; i < 4; i++) {
            firsts[i] = OpenPacer.forConnection(1_000, 1000, i, 4).nextSendAtNanos();
        }
        assertThat(firsts).containsExactly(1_000, 1_001_000, 2_001_000, 3_001_000);
    }

    @Test
    void waitsWhenAheadOfSchedule() {
        TestClock clock = new TestClock(0);
        OpenPacer pacer = new OpenPacer(0, 10_000_000);
        pacer.take();
        clock.advanceMillis(3);
        assertThat(pacer.nanosUntilDue(clock.nanoTime())).isEqualTo(7_000_000);
    }

    @Test
    void whenBehindScheduleIsDueAtOnceAndKeepsTheMissedIntendedTimes() {
        TestClock clock = new TestClock(0);
        OpenPacer pacer = new OpenPacer(0, 10_000_000);
        clock.advanceMillis(35); // a stall: slots at 0, 10, 20 and 30 ms were missed
        long[] intended = new long[4];
        for (int i = 0; i < 4; i++) {
            assertThat(pacer.nanosUntilDue(clock.nanoTime())).isZero();
            intended[i] = pacer.take();
        }
        assertThat(intended).containsExactly(0, 10_000_000, 20_000_000, 30_000_000);
        assertThat(pacer.nanosUntilDue(clock.nanoTime())).isEqualTo(5_000_000);
    }

    @Test
    void doesNotDriftOverManyIntervalsWithAFractionalInterval() {
        // 3 req/s: 333,333,333.33 ns; after 3,000,000 sends exactly 1,000,000 s have passed.
        OpenPacer pacer = new OpenPacer(0, 1e9 / 3);
        for (int i = 0; i < 3_000_000; i++) {
            pacer.take();
        }
        assertThat(pacer.nextSendAtNanos()).isEqualTo(1_000_000_000_000_000L);
    }
}
