package dev.bakeoff.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The versioned schema: each entry of {@link #MIGRATIONS} moves the database one version up. */
final class Schema {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE runs (
                id TEXT PRIMARY KEY,
                started TEXT NOT NULL,
                finished TEXT,
                status TEXT NOT NULL,
                preset TEXT NOT NULL,
                stacks TEXT NOT NULL,
                plan_json TEXT NOT NULL,
                environment_json TEXT NOT NULL,
                pid INTEGER NOT NULL
            );
            CREATE TABLE trials (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                run_id TEXT NOT NULL REFERENCES runs(id),
                stack TEXT NOT NULL,
                workload TEXT NOT NULL,
                level TEXT NOT NULL,
                round INTEGER NOT NULL,
                ok INTEGER NOT NULL,
                flagged INTEGER NOT NULL,
                note TEXT NOT NULL,
                measurement_json TEXT NOT NULL
            );
            CREATE INDEX trials_by_run ON trials(run_id);
            """);

    private Schema() {}

    static void migrate(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            // WAL keeps finished trials safe and readable while a run is still writing.
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA foreign_keys=ON");
            st.execute("PRAGMA busy_timeout=5000");
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > MIGRATIONS.size()) {
                throw new SQLException("the database was written by a newer Bakeoff (schema " + version + ")");
            }
            for (int v = version; v < MIGRATIONS.size(); v++) {
                db.setAutoCommit(false);
                for (String sql : MIGRATIONS.get(v).split(";")) {
                    if (!sql.isBlank()) {
                        st.execute(sql);
                    }
                }
                st.execute("PRAGMA user_version = " + (v + 1));
                db.commit();
                db.setAutoCommit(true);
            }
        }
    }
}
