package dev.bakeoff.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's own PostgreSQL: initialised, seeded, loopback only, counted, and gone after close. */
@Tag("e2e")
class PostgresClusterTest {
    @TempDir
    Path state;

    @Test
    void aClusterIsSeededCountsStatementsAndLeavesNothingBehind() {
        assumeTrue(PostgresInstall.find().isPresent(), "PostgreSQL is not installed");
        PostgresCluster db = PostgresCluster.start(state, "0", state.resolve("pg.log"));
        long pid = db.pid();
        Path folder;
        try {
            Psql admin = db.admin();
            assertThat(admin.value("SELECT count(*) FROM world")).isEqualTo("10000");
            assertThat(admin.value("SELECT count(*) FROM fortune")).isEqualTo("12");
            assertThat(admin.value("SHOW listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(db.url()).startsWith("postgresql://bench:").contains("@127.0.0.1:");
            // The same seed every time: the tables are the same in every run.
            assertThat(admin.value("SELECT randomnumber FROM world WHERE id = 1"))
                    .isEqualTo(admin.value("SELECT randomnumber FROM world WHERE id = 1"));

            QueryCounts counts = new QueryCounts(admin);
            counts.reset();
            for (int i = 1; i <= 3; i++) {
                admin.value("SELECT randomnumber FROM world WHERE id = " + i);
            }
            admin.value("UPDATE world SET randomnumber = 5 WHERE id IN (1, 2) RETURNING 1");
            QueryCounts.Seen seen = counts.read();
            assertThat(seen.selects()).isEqualTo(3);
            assertThat(seen.updates()).isEqualTo(1);
            assertThat(seen.rowsUpdated()).isEqualTo(2);
            folder = Path.of(readRecord(pid));
            assertThat(folder.resolve("data").resolve("bakeoff.conf")).exists();
        } finally {
            db.close();
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .as("postmaster stopped")
                .isFalse();
        assertThat(folder).doesNotExist();
        assertThat(PostgresHome.dir(state).resolve(pid + ".cluster")).doesNotExist();
    }

    private String readRecord(long pid) {
        try {
            return Files.readString(PostgresHome.dir(state).resolve(pid + ".cluster"))
                    .strip();
        } catch (java.io.IOException e) {
            throw new AssertionError("no record of cluster " + pid, e);
        }
    }
}
