package dev.bakeoff.advisor;

import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Workload;

/**
 * What a database-backed API (workload.database some or heavy) costs one stack, from the run's db workload:
 * the app's CPU per {@code GET /db} request (one query through its driver and pool; its ORM where that is how
 * its users work) in place of /json's for the share of API requests that query, the database server's own
 * CPU per request (db_cpu_s_per_1k: a driver or ORM that issues more round trips costs the server more,
 * and that server is paid for too), the db step's p99 (standard's fixed rate) and its peak memory (the pool's
 * connections). Without a usable db measurement nothing is added and the text says so: no evidence, never a
 * cost of 0.
 *
 * @param share                   share of API requests that query the database (0: none in the profile)
 * @param appSecondsPerRequest    app CPU-seconds per querying request (NaN when not measured)
 * @param serverSecondsPerRequest PostgreSQL's CPU-seconds per querying request (0 when not measured)
 * @param p99Ms                   the db step's p99 at a fixed rate (NaN when the run has none)
 * @param peakRssMib              the app's peak RSS during the db steps (0 when not measured)
 * @param text                    the citation, empty when the profile has no database
 */
record DatabaseFit(
        double share,
        double appSecondsPerRequest,
        double serverSecondsPerRequest,
        double p99Ms,
        double peakRssMib,
        String text) {
    static final DatabaseFit NONE = new DatabaseFit(0, Double.NaN, 0, Double.NaN, 0, "");

    boolean measured() {
        return share > 0 && !Double.isNaN(appSecondsPerRequest);
    }

    static DatabaseFit of(String stack, Load load, MetricView view) {
        if (load.dbShare() <= 0) {
            return NONE;
        }
        var app = value(view, stack, MetricNames.DB_APP_CPU_S_PER_1K).filter(v -> v > 0);
        if (app.isEmpty()) {
            return new DatabaseFit(
                    load.dbShare(),
                    Double.NaN,
                    0,
                    Double.NaN,
                    0,
                    "database requests priced as /json: no usable db/" + MetricNames.DB_APP_CPU_S_PER_1K + " for "
                            + stack + " in the run (run the db workload; no evidence, not 0)");
        }
        double server = value(view, stack, MetricNames.DB_SERVER_CPU_S_PER_1K)
                .filter(v -> v >= 0)
                .orElse(0.0);
        double p99 = value(view, stack, MetricNames.P99_MS).orElse(Double.NaN);
        double rss = value(view, stack, MetricNames.PEAK_RSS_MIB).orElse(0.0);
        StringBuilder t = new StringBuilder(Format.pct(load.dbShare()) + " of API requests query PostgreSQL: "
                + Format.num(Fit.round(app.get())) + " app CPU-s per 1k GET /db measured, PostgreSQL itself "
                + Format.num(Fit.round(server)) + " CPU-s per 1k");
        t.append(
                Double.isNaN(p99)
                        ? " (no db p99 at a fixed rate in this run: standard has one)"
                        : ", db p99 " + Format.num(Fit.round(p99)) + " ms");
        return new DatabaseFit(load.dbShare(), app.get() / 1000, server / 1000, p99, rss, t.toString());
    }

    private static java.util.Optional<Double> value(MetricView view, String stack, String metric) {
        return Fit.metric(view, stack, Workload.DB, metric)
                .map(m -> view.value().applyAsDouble(m));
    }
}
