package dev.bakeoff.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.CpuPlan;
import dev.bakeoff.model.Environment;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.Plan;
import dev.bakeoff.model.RunStatus;
import dev.bakeoff.model.Workload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {
    @TempDir
    Path dir;

    static final Plan PLAN = new Plan(
            "quick",
            List.of("a"),
            List.of(Workload.JSON),
            1,
            0.5,
            15,
            1,
            List.of(),
            new CpuPlan(List.of(1), List.of(0), false),
            1000,
            10,
            List.of(),
            List.of());
    static final Environment ENV =
            new Environment("cpu", 2, 1024, "os", "k", "25", "dev", "abc", Map.of("a", "v1"), 0, 0);

    @Test
    void aStoredRunReadsBackWithEveryTrial() {
        try (RunStore store = RunStore.open(dir.resolve("b.db"))) {
            String id = store.beginRun(PLAN, ENV);
            store.addTrial(id, Measurement.failed("a", Workload.JSON, "max", 1, "boom"));
            store.finishRun(id, RunStatus.FAILED);
            var run = store.load(id).orElseThrow();
            assertThat(run.plan()).isEqualTo(PLAN);
            assertThat(run.environment()).isEqualTo(ENV);
            assertThat(run.measurements())
                    .singleElement()
                    .extracting(Measurement::note)
                    .isEqualTo("boom");
            assertThat(run.info().failedCells()).isEqualTo(1);
            assertThat(store.latestFinishedRunId()).contains(id);
        }
    }

    @Test
    void aRunWhoseProcessDiedIsMarkedIncompleteOnTheNextOpen() throws Exception {
        Path db = dir.resolve("b.db");
        String id;
        try (RunStore store = RunStore.open(db)) {
            id = store.beginRun(PLAN, ENV);
            store.addTrial(id, Measurement.failed("a", Workload.JSON, "max", 1, "kept"));
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("UPDATE runs SET pid = 2147483600"); // a pid that cannot be alive
        }
        try (RunStore store = RunStore.open(db)) {
            assertThat(store.closeAbandonedRuns()).containsExactly(id);
            assertThat(store.history())
                    .singleElement()
                    .extracting(r -> r.status())
                    .isEqualTo(RunStatus.INCOMPLETE);
            assertThat(store.load(id).orElseThrow().measurements()).hasSize(1);
            assertThat(store.latestFinishedRunId()).isEmpty();
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }

    @Test
    void anUnwritableLocationIsBadInputNamingThePath() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        assertThatThrownBy(() -> RunStore.open(file.resolve("b.db")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("not-a-dir")
                .hasMessageContaining("BAKEOFF_HOME");
    }
}
