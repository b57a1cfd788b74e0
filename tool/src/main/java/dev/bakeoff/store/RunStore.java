package dev.bakeoff.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.Environment;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.Plan;
import dev.bakeoff.model.RunInfo;
import dev.bakeoff.model.RunStatus;
import dev.bakeoff.model.StoredRun;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQLite history of runs. Each trial is written in its own transaction, so a crash or an
 * interrupt never loses a finished trial; a run whose process died stays {@code running} until the
 * next open marks it {@code incomplete}. Its methods are synchronized: the runner writes while an interrupt hook may close the run.
 */
public final class RunStore implements AutoCloseable {
    static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Connection db;
    private final Path file;

    private RunStore(Connection db, Path file) {
        this.db = db;
        this.file = file;
    }

    /** Opens (creating if needed) the database at {@code file}; an unusable location is bad input. */
    public static RunStore open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (FileAlreadyExistsException e) {
            throw unwritable(file, e.getFile() + " is a file, not a folder");
        } catch (IOException e) {
            throw unwritable(file, e.getMessage());
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw unwritable(file, "the file is not writable");
        }
        Connection db = null;
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            Schema.migrate(db);
            return new RunStore(db, file);
        } catch (SQLException e) {
            if (db != null) {
                try {
                    db.close(); // else the file stays open (and its disk busy) until the JVM exits
                } catch (SQLException ignored) {
                    // Already reporting the first failure.
                }
            }
            throw unwritable(file, e.getMessage());
        }
    }

    public Path file() {
        return file;
    }

    /** Records a new run as {@code running}; returns its id. */
    public synchronized String beginRun(Plan plan, Environment environment) {
        String id = newRunId();
        update(
                "INSERT INTO runs(id, started, status, preset, stacks, plan_json, environment_json, pid)"
                        + " VALUES (?, ?, 'running', ?, ?, ?, ?, ?)",
                id,
                Instant.now().toString(),
                plan.preset(),
                String.join(",", plan.stacks()),
                json(plan),
                json(environment),
                ProcessHandle.current().pid());
        return id;
    }

    /** Stores one trial and its histograms in one transaction. */
    public synchronized void addTrial(String runId, Measurement m) {
        transaction(() -> update(
                "INSERT INTO trials(run_id, stack, workload, level, round, ok, flagged, note,"
                        + " measurement_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                runId,
                m.stack(),
                m.workload().id(),
                m.level(),
                m.round(),
                m.ok() ? 1 : 0,
                m.flagged() ? 1 : 0,
                m.note(),
                json(m)));
    }

    /** Marks the run {@code complete}, {@code incomplete} or {@code failed}. */
    public synchronized void finishRun(String runId, RunStatus status) {
        update(
                "UPDATE runs SET status = ?, finished = ? WHERE id = ?",
                status.id(),
                Instant.now().toString(),
                runId);
    }

    /** Runs left {@code running} by a process that no longer exists become {@code incomplete}; returns their ids. */
    public synchronized List<String> closeAbandonedRuns() {
        List<String> abandoned = new ArrayList<>();
        query("SELECT id, pid FROM runs WHERE status = 'running'", rs -> {
            long pid = rs.getLong(2);
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (!alive || pid == ProcessHandle.current().pid()) {
                abandoned.add(rs.getString(1));
            }
        });
        abandoned.forEach(id -> finishRun(id, RunStatus.INCOMPLETE));
        return abandoned;
    }

    public synchronized List<RunInfo> history() {
        List<RunInfo> runs = new ArrayList<>();
        query(
                "SELECT r.id, r.started, r.finished, r.status, r.preset, r.stacks,"
                        + " (SELECT COUNT(*) FROM trials t WHERE t.run_id = r.id),"
                        + " (SELECT COUNT(*) FROM trials t WHERE t.run_id = r.id AND t.ok = 0)"
                        + " FROM runs r ORDER BY r.started DESC, r.id DESC",
                rs -> runs.add(info(rs)));
        return runs;
    }

    /** The newest run that finished complete (or with failed cells), if any. */
    public synchronized Optional<String> latestFinishedRunId() {
        List<String> ids = new ArrayList<>();
        query(
                "SELECT id FROM runs WHERE status IN ('complete', 'failed') ORDER BY started DESC, id DESC LIMIT 1",
                rs -> ids.add(rs.getString(1)));
        return ids.stream().findFirst();
    }

    /** Deletes a run with its trials, in one transaction (for {@code bakeoff history --delete}). */
    public synchronized void deleteRun(String runId) {
        transaction(() -> {
            update("DELETE FROM trials WHERE run_id = ?", runId);
            update("DELETE FROM runs WHERE id = ?", runId);
        });
    }

    public synchronized Optional<StoredRun> load(String runId) {
        List<StoredRun> found = new ArrayList<>();
        query(
                "SELECT r.id, r.started, r.finished, r.status, r.preset, r.stacks,"
                        + " (SELECT COUNT(*) FROM trials t WHERE t.run_id = r.id),"
                        + " (SELECT COUNT(*) FROM trials t WHERE t.run_id = r.id AND t.ok = 0),"
                        + " r.plan_json, r.environment_json FROM runs r WHERE r.id = ?",
                rs -> found.add(new StoredRun(
                        info(rs),
                        read(rs.getString(9), Plan.class),
                        read(rs.getString(10), Environment.class),
                        measurements(runId))),
                runId);
        return found.stream().findFirst();
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing a read-only or already broken connection: nothing left to save
        }
    }

    private List<Measurement> measurements(String runId) throws SQLException {
        List<Measurement> all = new ArrayList<>();
        query(
                "SELECT measurement_json FROM trials WHERE run_id = ? ORDER BY id",
                rs -> all.add(read(rs.getString(1), Measurement.class)),
                runId);
        return all;
    }

    private static RunInfo info(ResultSet rs) throws SQLException {
        String finished = rs.getString(3);
        return new RunInfo(
                rs.getString(1),
                Instant.parse(rs.getString(2)),
                finished == null ? null : Instant.parse(finished),
                RunStatus.byId(rs.getString(4)),
                rs.getString(5),
                List.of(rs.getString(6).split(",")),
                rs.getInt(7),
                rs.getInt(8));
    }

    private String newRunId() {
        String base = LocalDateTime.now().format(RUN_ID);
        String id = base;
        for (int n = 2; exists(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private boolean exists(String id) {
        List<String> ids = new ArrayList<>();
        query("SELECT id FROM runs WHERE id = ?", rs -> ids.add(rs.getString(1)), id);
        return !ids.isEmpty();
    }

    interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row, Object... args) {
        try (PreparedStatement st = prepare(sql, args);
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                row.accept(rs);
            }
        } catch (SQLException e) {
            throw new StoreException("reading " + file + ": " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... args) {
        try (PreparedStatement st = prepare(sql, args)) {
            st.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("writing " + file + ": " + e.getMessage(), e);
        }
    }

    private void transaction(Runnable work) {
        try {
            db.setAutoCommit(false);
            try {
                work.run();
                db.commit();
            } catch (RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("writing " + file + ": " + e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement st = db.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
        return st;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException(
                    "a stored record does not parse as " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static BadInputException unwritable(Path file, String why) {
        String space = freeBytes(file)
                .filter(free -> free < 1 << 20)
                .map(free -> "; the disk is full (" + free / 1024 + " KiB free)")
                .orElse("");
        return new BadInputException(
                file.toString(),
                "cannot store results here: " + why + space,
                "free some disk space, make the folder writable, or set BAKEOFF_HOME to a writable folder");
    }

    /** Usable space on the disk of {@code file}'s nearest existing folder, if it can be read. */
    private static Optional<Long> freeBytes(Path file) {
        for (Path p = file.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) {
                try {
                    return Optional.of(Files.getFileStore(p).getUsableSpace());
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
