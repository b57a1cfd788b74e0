package dev.bakeoff.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bakeoff.model.Verification;
import dev.bakeoff.model.Verification.Check;
import dev.bakeoff.model.Verification.Outcome;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The db checks against the lab's real PostgreSQL: an app that runs one query per row passes, and one whose
 * body is just as right but that reads the 20 rows of /queries?n=20 with one statement fails, because the
 * verifier counts what PostgreSQL ran, not what the app answered; the same for /updates that writes nothing
 * back, and /fortunes that does not escape its markup.
 */
@Tag("e2e")
class DbVerifyTest {
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
    void anAppThatRunsOneQueryPerRowPassesTheDbChecks() {
        assumeTrue(PostgresInstall.find().isPresent(), "PostgreSQL is not installed");
        Verification v = new Conformance(lab).verify(TestStacks.stack("stdlib-db"), 0);

        assertThat(v.failure()).isEmpty();
        assertThat(outcome(v, "db")).isEqualTo(Outcome.PASS);
        assertThat(detail(v, "queries")).contains("PostgreSQL ran 20 SELECT");
        assertThat(outcome(v, "queries-clamped")).isEqualTo(Outcome.PASS);
        assertThat(outcome(v, "db-bad-parameter")).isEqualTo(Outcome.PASS);
        assertThat(detail(v, "updates")).contains("20 SELECT(s), 20 UPDATE(s) of 20 row(s)");
        assertThat(outcome(v, "fortunes")).isEqualTo(Outcome.PASS);
    }

    @Test
    void anAppThatBatchesTheRowsOfQueriesIntoOneStatementFails() {
        assumeTrue(PostgresInstall.find().isPresent(), "PostgreSQL is not installed");
        Verification v = new Conformance(lab).verify(TestStacks.stack("stdlib-db-cheat"), 0);

        assertThat(outcome(v, "db")).isEqualTo(Outcome.PASS); // one row, one query: honest there
        assertThat(outcome(v, "queries")).isEqualTo(Outcome.FAIL);
        assertThat(detail(v, "queries")).contains("ran 1 SELECT statement(s)").contains("expected 20");
        assertThat(v.passed()).isFalse();
    }

    @Test
    void anAppThatAnswersNewValuesWithoutWritingThemBackFailsTheUpdatesCheck() {
        assumeTrue(PostgresInstall.find().isPresent(), "PostgreSQL is not installed");
        Verification v = new Conformance(lab).verify(TestStacks.stack("stdlib-db-cheat"), 0);

        assertThat(outcome(v, "updates")).isEqualTo(Outcome.FAIL);
        assertThat(detail(v, "updates")).contains("updated 0 row(s)");
        assertThat(outcome(v, "fortunes")).isEqualTo(Outcome.FAIL);
        assertThat(detail(v, "fortunes")).contains("literal <script>");
    }

    private static Outcome outcome(Verification v, String check) {
        return v.checks().stream()
                .filter(c -> c.name().equals(check))
                .map(Check::outcome)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + check + " in " + v.checks()));
    }

    private static String detail(Verification v, String check) {
        return v.checks().stream()
                .filter(c -> c.name().equals(check))
                .map(Check::detail)
                .findFirst()
                .orElse("");
    }
}
