package dev.bakeoff.advisor;

import dev.bakeoff.yaml.YamlMap;
import java.util.Set;

/** knowledge/fit.yaml: the stated assumptions of the fit model (defaults, headroom, price of a core). */
record FitRules(
        double minRps,
        double connectionsPerRps,
        double p99Ms,
        double realtimeP99Ms,
        int cores,
        long rowsPerRequest,
        double dataShareSome,
        double dataShareCore,
        double predictionsPerRequest,
        double dbShareSome,
        double dbShareHeavy,
        double targetUtilisation,
        double gibPerCore,
        double usdPerCoreMonth) {

    static FitRules read(YamlMap root) {
        root.allowOnly(Set.of("defaults", "target_utilisation", "gib_per_core", "usd_per_core_month"));
        YamlMap d = root.requiredMap("defaults");
        d.allowOnly(Set.of(
                "min_rps",
                "connections_per_rps",
                "p99_ms",
                "realtime_p99_ms",
                "cores",
                "rows_per_request",
                "data_share_some",
                "data_share_core",
                "predictions_per_request",
                "db_share_some",
                "db_share_heavy"));
        return new FitRules(
                d.requiredDouble("min_rps", 1, 1e9),
                d.requiredDouble("connections_per_rps", 1, 1e6),
                d.requiredDouble("p99_ms", 1, 1e6),
                d.requiredDouble("realtime_p99_ms", 1, 1e6),
                (int) d.requiredLong("cores", 1, 100_000),
                d.requiredLong("rows_per_request", 1, 1_000_000_000),
                d.requiredDouble("data_share_some", 0, 1),
                d.requiredDouble("data_share_core", 0, 1),
                d.requiredDouble("predictions_per_request", 0.01, 1e6),
                d.requiredDouble("db_share_some", 0, 1),
                d.requiredDouble("db_share_heavy", 0, 1),
                root.requiredDouble("target_utilisation", 0.1, 1),
                root.requiredDouble("gib_per_core", 0.5, 64),
                root.requiredDouble("usd_per_core_month", 1, 10_000));
    }
}
