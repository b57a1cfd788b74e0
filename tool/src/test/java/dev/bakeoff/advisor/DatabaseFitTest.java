package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.Workload;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A database-backed profile against hand-computed cases: /json at 1,000 req/s per core, GET /db at 2.0 app
 * CPU-s per 1k and 0.5 PostgreSQL CPU-s per 1k, db p99 30 ms, db peak RSS 90 MiB; utilisation 0.7.
 */
class DatabaseFitTest {
    private static final FitRules RULES = Fixtures.kb().fit();

    private static Metric m(Workload w, String name, double v) {
        return new Metric("s", w, name, v, v, v, "", false, 3, false, "");
    }

    private static MetricView run(boolean withDb) {
        List<Metric> ms = new ArrayList<>(List.of(
                m(Workload.JSON, MetricNames.CAPACITY_PER_CORE, 1000),
                m(Workload.JSON, MetricNames.MAX_RPS, 1200),
                m(Workload.JSON, MetricNames.P99_MS, 5),
                m(Workload.IO, MetricNames.PEAK_RSS_MIB, 60)));
        if (withDb) {
            ms.addAll(List.of(
                    m(Workload.DB, MetricNames.MAX_RPS, 500),
                    m(Workload.DB, MetricNames.DB_APP_CPU_S_PER_1K, 2.0),
                    m(Workload.DB, MetricNames.DB_SERVER_CPU_S_PER_1K, 0.5),
                    m(Workload.DB, MetricNames.P99_MS, 30),
                    m(Workload.DB, MetricNames.PEAK_RSS_MIB, 90)));
        }
        return MetricView.medians(
                new RunMetrics("hand", Instant.parse("2026-12-01T00:00:00Z"), "hand-computed", "test", ms));
    }

    private static Load load(double dbShare, double p99) {
        return new Load(100, p99, 4, 0, 0, 0, 100, false, 0, dbShare, List.of());
    }

    @Test
    void queryingRequestsCostWhatGetDbCostsAndItsP99AndMemoryCount() {
        // 0.9 x 2.0/1000 + 0.1 x 1/1000 = 0.0019 s; 100 req/s x 0.0019 / 0.7 = 0.2714 cores.
        Fit.StackFit f = Fit.of("s", "jvm", load(0.9, 50), RULES, run(true));
        assertThat(f.coresNeeded()).isCloseTo(0.2714, within(1e-4));
        assertThat(f.apiP99()).isEqualTo(30);
        assertThat(f.memoryMib()).isEqualTo(90);
        // PostgreSQL's cores: 100 x 0.9 x 0.0005 / 0.7 = 0.0643, in the hosting cost beside the app's.
        assertThat(f.coreEquivalents()).isCloseTo(0.2714 + 0.0643 + 90 / 1024.0 / 4, within(1e-3));
        assertThat(f.sentence(load(0.9, 50)))
                .contains("90% of API requests query PostgreSQL")
                .contains("PostgreSQL itself 0.50 CPU-s per 1k");
    }

    @Test
    void aDbP99OverBudgetCannotBeMet() {
        assertThat(Fit.of("s", "jvm", load(0.9, 20), RULES, run(true)).outcome())
                .isEqualTo(Fit.Outcome.CANNOT_MEET);
    }

    @Test
    void withoutDbMetricsRequestsArePricedAsJsonAndTheFitSaysSo() {
        Fit.StackFit f = Fit.of("s", "jvm", load(0.9, 50), RULES, run(false));
        assertThat(f.coresNeeded()).isCloseTo(100 * 0.001 / 0.7, within(1e-9));
        assertThat(f.sentence(load(0.9, 50)))
                .contains("database requests priced as /json")
                .contains("not 0");
    }

    @Test
    void aProfileWithoutADatabaseIgnoresDbMetrics() {
        Fit.StackFit f = Fit.of("s", "jvm", load(0, 50), RULES, run(true));
        assertThat(f.coresNeeded()).isCloseTo(100 * 0.001 / 0.7, within(1e-9));
        assertThat(f.apiP99()).isEqualTo(5);
        assertThat(f.sentence(load(0, 50))).doesNotContain("PostgreSQL");
    }

    @Test
    void aHeavyDatabaseProfileGetsItsShareAndMoreWeightOnIo() {
        Profile heavy = Fixtures.advisor().parseProfile("name: crud\nworkload:\n  database: heavy\n", "crud.yaml");
        Profile none = Fixtures.advisor().parseProfile("name: crud\n", "crud.yaml");
        assertThat(Load.of(RULES, heavy).dbShare()).isEqualTo(RULES.dbShareHeavy());
        assertThat(Load.of(RULES, none).dbShare()).isZero();
        assertThat(Weighting.of(Fixtures.kb(), heavy).weights().get("io_performance"))
                .isGreaterThan(Weighting.of(Fixtures.kb(), none).weights().get("io_performance"));
    }
}
