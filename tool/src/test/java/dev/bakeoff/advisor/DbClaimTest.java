package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.advisor.Verdict.ClaimCheck.Outcome;
import dev.bakeoff.model.Metric;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** N1-db, N2-db, P4-db: the I/O claims asked of the db workload (a copy of the good fixture with db metrics). */
class DbClaimTest {
    private static Metric db(String stack, String name, double v, boolean higher) {
        return new Metric(stack, Workload.DB, name, v, v * 0.95, v * 1.05, "", higher, 3, false, "test fixture");
    }

    /** Per stack {queries20 req/s, p99 ms}. */
    private static Map<String, Verdict.ClaimCheck> checks(Map<String, double[]> values) {
        RunMetrics base = Fixtures.run();
        List<Metric> metrics = new ArrayList<>(base.metrics());
        values.forEach((s, v) -> {
            metrics.add(db(s, MetricNames.DB_QUERIES_RPS, v[0], true));
            metrics.add(db(s, MetricNames.P99_MS, v[1], false));
        });
        RunMetrics run = new RunMetrics(base.runId(), base.started(), base.environment(), base.preset(), metrics);
        return new ClaimChecker(Knowledge.load())
                .check(run).stream().collect(Collectors.toMap(Verdict.ClaimCheck::id, c -> c));
    }

    @Test
    void nodeAheadOnTheDatabaseSupportsN1dbAndN2dbAndContradictsP4db() {
        Map<String, Verdict.ClaimCheck> c = checks(Map.of(
                "node-fastify", new double[] {900, 4},
                "python-fastapi", new double[] {500, 9},
                "java-vertx", new double[] {850, 5}));
        assertThat(c.get("N1-db").outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(c.get("N1-db").detail()).contains("db/queries20_rps: node-fastify 900");
        assertThat(c.get("N2-db").outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(c.get("P4-db").outcome()).isEqualTo(Outcome.CONTRADICTED);
    }

    @Test
    void fastApiWithinTenPercentSupportsP4db() {
        // 880 against 900 req/s, each +/-5%: the shortfall's interval (20 +/- 63) stays under the 90 allowed.
        Map<String, Verdict.ClaimCheck> c =
                checks(Map.of("node-fastify", new double[] {900, 4}, "python-fastapi", new double[] {880, 4.1}));
        assertThat(c.get("P4-db").outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(c.get("N2-db").outcome()).isEqualTo(Outcome.INCONCLUSIVE); // intervals overlap: a tie
    }

    @Test
    void withoutDbMetricsTheyAreInconclusive() {
        assertThat(checks(Map.of()).get("N1-db").outcome()).isEqualTo(Outcome.INCONCLUSIVE);
    }
}
