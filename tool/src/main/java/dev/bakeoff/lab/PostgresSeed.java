package dev.bakeoff.lab;

/**
 * The tables the db workload reads and writes, the same as TechEmpower's: {@code world} (10,000 rows of
 * id and randomnumber 1..10,000, from a fixed seed so every run loads the same rows) and {@code fortune}
 * (TechEmpower's 12 messages, among them markup that a page must escape and text outside ASCII).
 */
final class PostgresSeed {
    static final int WORLD_ROWS = 10_000;

    /** TechEmpower's fortunes (toolset/databases/postgres/create-postgres.sql), id and message. */
    static final String[][] FORTUNES = {
        {"1", "fortune: No such file or directory"},
        {"2", "A computer scientist is someone who fixes things that aren't broken."},
        {"3", "After enough decimal places, nobody gives a damn."},
        {"4", "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1"},
        {"5", "A computer program does what you tell it to do, not what you want it to do."},
        {"6", "Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen"},
        {"7", "Any program that runs right is obsolete."},
        {"8", "A list is only as strong as its weakest link. — Donald Knuth"},
        {"9", "Feature: A bug with seniority."},
        {"10", "Computers make very fast, very accurate mistakes."},
        {"11", "<script>alert(\"This should not be displayed in a browser alert box.\");</script>"},
        {"12", "フレームワークのベンチマーク"}
    };

    private PostgresSeed() {}

    static void load(Psql admin, String appPassword) {
        StringBuilder sql = new StringBuilder();
        sql.append("CREATE EXTENSION IF NOT EXISTS pg_stat_statements;\n");
        sql.append("CREATE ROLE ")
                .append(PostgresCluster.APP_USER)
                .append(" LOGIN PASSWORD '")
                .append(appPassword)
                .append("';\n");
        sql.append("CREATE TABLE world (id integer PRIMARY KEY, randomnumber integer NOT NULL DEFAULT 0);\n");
        sql.append("SELECT setseed(0.42);\n");
        sql.append("INSERT INTO world (id, randomnumber) SELECT i, 1 + floor(random() * ")
                .append(WORLD_ROWS)
                .append(")::integer FROM generate_series(1, ")
                .append(WORLD_ROWS)
                .append(") AS i;\n");
        sql.append("CREATE TABLE fortune (id integer PRIMARY KEY, message varchar(2048) NOT NULL);\n");
        sql.append("INSERT INTO fortune (id, message) VALUES ");
        for (int i = 0; i < FORTUNES.length; i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append('(')
                    .append(FORTUNES[i][0])
                    .append(", '")
                    .append(FORTUNES[i][1].replace("'", "''"))
                    .append("')");
        }
        sql.append(";\n");
        sql.append("GRANT SELECT, UPDATE ON world TO ")
                .append(PostgresCluster.APP_USER)
                .append(";\n");
        sql.append("GRANT SELECT ON fortune TO ")
                .append(PostgresCluster.APP_USER)
                .append(";\n");
        sql.append("ANALYZE world; ANALYZE fortune;\n");
        Commands.Outcome out = admin.query(sql.toString());
        if (!out.ok()) {
            throw new AppFailure("could not seed PostgreSQL's tables", out.tail(10));
        }
    }
}
