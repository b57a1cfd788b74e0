package dev.bakeoff.lab;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs SQL through PostgreSQL's own client, {@code psql}, over TCP to 127.0.0.1: the lab needs a dozen
 * statements per session (seed, statistics), not a driver in the tool. Output is unaligned, tuples only.
 */
record Psql(Path psql, int port, String user, String password, String database) {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Runs {@code sql} (one or more statements); stops at the first error. */
    Commands.Outcome query(String sql) {
        return Commands.run(
                List.of(
                        psql.toString(),
                        "-X",
                        "-q",
                        "-A",
                        "-t",
                        "-v",
                        "ON_ERROR_STOP=1",
                        "-h",
                        "127.0.0.1",
                        "-p",
                        String.valueOf(port),
                        "-U",
                        user,
                        "-d",
                        database,
                        "-c",
                        sql),
                Path.of("/"),
                Map.of("PGPASSWORD", password, "PGCONNECT_TIMEOUT", "5"),
                TIMEOUT,
                true);
    }

    /** The single value {@code sql} selects; throws {@link IllegalStateException} with psql's words if it fails. */
    String value(String sql) {
        Commands.Outcome out = query(sql);
        if (!out.ok()) {
            throw new IllegalStateException("psql failed on: " + sql + ": " + out.tail(3));
        }
        return out.firstLine();
    }
}
