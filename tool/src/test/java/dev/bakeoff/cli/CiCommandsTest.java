package dev.bakeoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a CI job does with the history: gate on a regression, name runs by alias, export CSV, delete runs. */
class CiCommandsTest {
    @TempDir
    Path state;

    @BeforeEach
    void useState() {
        System.setProperty("bakeoff.root", state.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("bakeoff.root");
    }

    @Test
    void aRegressionBeyondTheIntervalsFailsTheGateWithExitThree() throws Exception {
        String before = StoredRuns.store(state, 10_000);
        Thread.sleep(5); // runs are ordered by start time
        // One-round runs: their intervals are as wide as the spread between processes (the development
        // machine's: 26% sd on plaintext max_rps in quick, half-width x2 on 5 df), so the regression must be
        // larger than both halves together (about 4x) to count; 10x leaves room for a wider spread.
        String after = StoredRuns.store(state, 1_000);
        CliRun plain = CliRun.of("compare", before, after);
        assertThat(plain.exitCode()).as("without a gate, compare only reports").isZero();
        assertThat(plain.out()).contains("max_rps").contains("worse");
        assertThat(plain.out())
                .as("one-round runs say what their intervals hide")
                .contains("note: one-round runs");

        CliRun gated = CliRun.of("compare", "latest~1", "latest", "--fail-on-regression");
        assertThat(gated.exitCode()).as(gated.err()).isEqualTo(3);
        assertThat(gated.err())
                .contains("gate: s1 plaintext max_rps")
                .contains("-90.0%")
                .contains("FAILED");
    }

    @Test
    void anImprovementOrNoiseKeepsTheGateOpen() throws Exception {
        StoredRuns.store(state, 10_000);
        Thread.sleep(5);
        StoredRuns.store(state, 10_050); // inside the +/-1% spread of the samples
        Thread.sleep(5);
        StoredRuns.store(state, 12_000);
        assertThat(CliRun.of("compare", "latest~2", "latest~1", "--fail-on-regression")
                        .exitCode())
                .isZero();
        CliRun better = CliRun.of("compare", "latest~1", "latest", "--fail-on-regression");
        assertThat(better.exitCode()).isZero();
        assertThat(better.err()).contains("gate: passed").contains("gate: note: one-round runs");
    }

    @Test
    void aThresholdToleratesARegressionUpToItsSize() throws Exception {
        StoredRuns.store(state, 10_000);
        Thread.sleep(5);
        StoredRuns.store(state, 1_000); // beyond the one-round intervals, as above
        assertThat(CliRun.of("compare", "latest~1", "latest", "--threshold", "max_rps>-95%")
                        .exitCode())
                .isZero();
        CliRun tight = CliRun.of("compare", "latest~1", "latest", "--threshold", "max_rps>-5%");
        assertThat(tight.exitCode()).isEqualTo(3);
        assertThat(tight.err()).contains("threshold max_rps>-5%");
    }

    @Test
    void historySpreadSaysWhoseSpreadTheOneRoundIntervalsUse() throws Exception {
        CliRun empty = CliRun.of("history", "--spread");
        assertThat(empty.exitCode()).isZero();
        assertThat(empty.out()).contains("no one-round quick run is stored yet");
        StoredRuns.store(state, 10_000);
        Thread.sleep(5);
        StoredRuns.store(state, 9_000);
        // One stack in two runs is one degree of freedom: too few, so the development machine's stands in.
        CliRun spread = CliRun.of("history", "--spread", "quick");
        assertThat(spread.exitCode()).as(spread.err()).isZero();
        assertThat(spread.out())
                .contains("not yet measured on this machine")
                .containsPattern("plaintext +max_rps +[0-9.]+% +[0-9]+ +development machine");
        CliRun typo = CliRun.of("history", "--spread", "quik");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("--spread quik").contains("quick, standard, thorough");
    }

    @Test
    void aMalformedThresholdIsBadInputWithAnExample() {
        StoredRuns.store(state, 10_000);
        CliRun run = CliRun.of("compare", "latest", "latest", "--threshold", "max_rps<5");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--threshold 'max_rps<5'").contains("e.g.");
        CliRun typo = CliRun.of("compare", "latest", "latest", "--threshold", "max_rp>-5%");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean 'max_rps'");
    }

    @Test
    void latestAndLatestTildeNameRunsAndTooFarBackIsBadInput() {
        String first = StoredRuns.store(state, 10_000);
        CliRun show = CliRun.of("show", "latest");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("run " + first);
        CliRun tooFar = CliRun.of("show", "latest~3");
        assertThat(tooFar.exitCode()).isEqualTo(2);
        assertThat(tooFar.err()).contains("latest~3").contains("1 finished run(s)");
    }

    @Test
    void showCsvHasAHeaderAndOneRowPerMetric() {
        String id = StoredRuns.store(state, 10_000);
        CliRun csv = CliRun.of("show", id, "--csv");
        assertThat(csv.exitCode()).isZero();
        String[] lines = csv.out().split("\r\n");
        assertThat(lines[0])
                .isEqualTo("run,stack,workload,metric,unit,median,low,high,higher_is_better,trials,flagged,note");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(id + ",s1,plaintext,max_rps,req/s,10000.0,"));
    }

    @Test
    void deletingARunNeedsYesWithoutATerminalAndThenRemovesIt() throws Exception {
        String keep = StoredRuns.store(state, 10_000);
        Thread.sleep(5);
        String gone = StoredRuns.store(state, 11_000);
        CliRun asked = CliRun.of("history", "--delete", "latest");
        assertThat(asked.exitCode()).isEqualTo(2);
        assertThat(asked.err()).contains("--yes");
        assertThat(CliRun.of("history").out()).contains(gone);

        CliRun deleted = CliRun.of("history", "--delete", "latest", "--yes");
        assertThat(deleted.exitCode()).as(deleted.err()).isZero();
        assertThat(deleted.out()).contains("deleted run " + gone);
        assertThat(CliRun.of("history").out()).contains(keep).doesNotContain(gone);
        assertThat(CliRun.of("show", gone).exitCode()).isEqualTo(2);
    }

    @Test
    void aReportWithoutAProfileSaysWhatToPassAndRemovesTheEarlierRecord() throws Exception {
        String id = StoredRuns.store(state, 10_000);
        Path profile = Path.of(System.getProperty("user.dir")).resolve("../examples/realtime-chat.yaml");
        CliRun withProfile = CliRun.of("report", id, "--profile", profile.toString());
        assertThat(withProfile.exitCode()).as(withProfile.err()).isZero();
        Path adr = state.resolve(".bakeoff/reports").resolve(id).resolve("adr.md");
        assertThat(adr).exists();

        CliRun without = CliRun.of("report", id);
        assertThat(without.exitCode()).as(without.err()).isZero();
        assertThat(without.err()).contains("no --profile").contains("--profile examples/NAME.yaml");
        assertThat(adr).as("an old record next to a report without a verdict").doesNotExist();
    }
}
