package dev.bakeoff.run;

import dev.bakeoff.lab.ResourceSampler;
import dev.bakeoff.loadgen.HttpResult;
import dev.bakeoff.model.MetricNames;
import java.util.Map;

/**
 * Who waited on whom in a db step: the app's and the PostgreSQL server's CPU-seconds per 1,000 requests,
 * and the server's share of its cores. Both samplers cover the same wall time (warm-up and measured phase),
 * so each share times its cores over the measured rate is CPU per request; an app near 1.0 of its core
 * with a light server was bound by itself, a server near 1.0 of its cores made the app wait.
 */
final class DatabaseCpu {
    private DatabaseCpu() {}

    static Map<String, Double> values(
            ResourceSampler.Usage app, ResourceSampler.Usage db, int appCores, int dbCores, HttpResult r) {
        double rate = r.achievedRatePerSecond();
        if (rate <= 0) {
            return Map.of(MetricNames.DB_SERVER_CPU_SHARE, db.cpuShare(dbCores));
        }
        return Map.of(
                MetricNames.DB_APP_CPU_S_PER_1K, app.cpuShare(appCores) * appCores * 1000 / rate,
                MetricNames.DB_SERVER_CPU_S_PER_1K, db.cpuShare(dbCores) * dbCores * 1000 / rate,
                MetricNames.DB_SERVER_CPU_SHARE, db.cpuShare(dbCores));
    }
}
