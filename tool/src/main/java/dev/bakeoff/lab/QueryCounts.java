package dev.bakeoff.lab;

/**
 * What the app's requests made PostgreSQL do, from pg_stat_statements (loaded by lab/postgresql.conf):
 * the executions and rows of every statement that names a table of the db workload. TechEmpower's verifier
 * counts the same way (toolset/databases/postgres: sums of calls and rows over pg_stat_statements); unlike
 * pg_stat_user_tables, whose counters a backend flushes up to a second late, these are updated as each
 * statement ends, so a count read after the response has arrived is complete.
 */
final class QueryCounts {
    /** Statements that touch the world or fortune table, other than this class's own. */
    private static final String OURS =
            "query ~* '\\m(world|fortune)\\M' AND query !~* 'pg_stat_statements' AND query !~* 'string_agg'"
                    + " AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())";

    private final Psql admin;

    QueryCounts(Psql admin) {
        this.admin = admin;
    }

    void reset() {
        admin.value("SELECT pg_stat_statements_reset()");
    }

    Seen read() {
        String[] v = admin.value("SELECT"
                        + " coalesce(sum(calls) FILTER (WHERE query ~* '^\\s*select'), 0) || ','"
                        + " || coalesce(sum(calls) FILTER (WHERE query ~* '^\\s*update'), 0) || ','"
                        + " || coalesce(sum(rows) FILTER (WHERE query ~* '^\\s*update'), 0)"
                        + " FROM pg_stat_statements WHERE " + OURS)
                .split(",");
        return new Seen(Long.parseLong(v[0]), Long.parseLong(v[1]), Long.parseLong(v[2]));
    }

    /** Counts since the last reset: SELECT executions, UPDATE executions, and rows those UPDATEs changed. */
    record Seen(long selects, long updates, long rowsUpdated) {
        void expectSelects(long n, String request) {
            if (selects < n) {
                throw new AssertionError(request + " ran " + selects + " SELECT statement(s) on the table, expected "
                        + n + ": each row must be its own query (no batching, no cache)");
            }
        }

        void expectRowsUpdated(long n, String request) {
            if (rowsUpdated < n) {
                throw new AssertionError(request + " updated " + rowsUpdated + " row(s), expected " + n);
            }
        }

        @Override
        public String toString() {
            return "PostgreSQL ran " + selects + " SELECT(s)"
                    + (updates > 0 ? ", " + updates + " UPDATE(s) of " + rowsUpdated + " row(s)" : "");
        }
    }
}
