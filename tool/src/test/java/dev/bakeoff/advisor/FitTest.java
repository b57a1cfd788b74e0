package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.Workload;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fit against hand-computed cases. One stack measured at 1,000 req/s per core on /json at its objective,
 * 5 ms p99 on /json, 60 MiB peak RSS; target utilisation 0.7 (knowledge/fit.yaml).
 */
class FitTest {
    private static final FitRules RULES = Fixtures.kb().fit();

    private static Metric m(Workload w, String name, double v, boolean higher) {
        return new Metric("s", w, name, v, v, v, "", higher, 3, false, "");
    }

    private static MetricView run(double capacity, double jsonP99, double cheapP99) {
        return MetricView.medians(new RunMetrics(
                "hand",
                Instant.parse("2026-12-01T00:00:00Z"),
                "hand-computed",
                "test",
                List.of(
                        m(Workload.JSON, MetricNames.CAPACITY_PER_CORE, capacity, true),
                        m(Workload.JSON, MetricNames.MAX_RPS, capacity * 1.2, true),
                        m(Workload.CPU, MetricNames.MAX_RPS, 120, true),
                        m(Workload.JSON, MetricNames.P99_MS, jsonP99, false),
                        m(Workload.MIXED, MetricNames.MIXED_CHEAP_P99_MS, cheapP99, false),
                        m(Workload.CPU, MetricNames.CAPACITY_PER_CORE, 100, true),
                        m(Workload.IO, MetricNames.PEAK_RSS_MIB, 60, false))));
    }

    private static Load load(double rps, double p99, double cores, double cpuShare) {
        return new Load(rps, p99, cores, 0, cpuShare, 0, 100, false, 0, 0, List.of());
    }

    @Test
    void aLightLoadIsMetWithHeadroom() {
        // 200 req/s x 1/1000 s / 0.7 = 0.2857 cores; p99 5 ms <= 50 ms.
        Fit.StackFit f = Fit.of("s", "node", load(200, 50, 4, 0), RULES, run(1000, 5, 9));
        assertThat(f.outcome()).isEqualTo(Fit.Outcome.MEETS);
        assertThat(f.coresNeeded()).isCloseTo(0.2857, within(1e-4));
        assertThat(f.memoryMib()).isEqualTo(60); // one process
    }

    @Test
    void aHeavyLoadNeedsThreeCores() {
        // 2,100 req/s x 1/1000 s / 0.7 = 3.0 cores, with 2 available: needs 3 cores.
        Fit.StackFit f = Fit.of("s", "node", load(2100, 50, 2, 0), RULES, run(1000, 5, 9));
        assertThat(f.outcome()).isEqualTo(Fit.Outcome.NEEDS_CORES);
        assertThat(f.coresNeeded()).isCloseTo(3.0, within(1e-9));
        assertThat(f.memoryMib()).isEqualTo(180); // Node scales by processes: 3 x 60 MiB
        assertThat(Fit.of("s", "jvm", load(2100, 50, 2, 0), RULES, run(1000, 5, 9))
                        .memoryMib())
                .isEqualTo(60); // one JVM uses every core
        assertThat(f.sentence(load(2100, 50, 2, 0))).contains("needs 3 cores at 2,100 req/s");
    }

    @Test
    void aP99OverBudgetCannotBeMetWhateverTheCores() {
        Fit.StackFit f = Fit.of("s", "node", load(100, 50, 64, 0), RULES, run(1000, 80, 90));
        assertThat(f.outcome()).isEqualTo(Fit.Outcome.CANNOT_MEET);
        assertThat(f.sentence(load(100, 50, 64, 0))).contains("cannot meet the p99 budget of 50 ms");
    }

    @Test
    void cpuHeavyRequestsAddTheirCostAndTheirBlocking() {
        // 20% at 1/100 s, 80% at 1/1000 s: 100 req/s x (0.2/100 + 0.8/1000) / 0.7 = 0.4 cores.
        Fit.StackFit f = Fit.of("s", "python", load(100, 50, 4, 0.2), RULES, run(1000, 5, 120));
        assertThat(f.coresNeeded()).isCloseTo(0.4, within(1e-9));
        assertThat(f.outcome()).isEqualTo(Fit.Outcome.CANNOT_MEET); // cheap requests wait 120 ms > 50 ms
    }

    @Test
    void withoutACapacityForEveryStackEveryStackIsJudgedOnMaxRps() {
        // The capacity is missing (0: no rate met the objective): max_rps 1,200 is the basis, for all stacks.
        MetricView view = MetricView.medians(new RunMetrics(
                "hand",
                Instant.EPOCH,
                "",
                "",
                List.of(
                        m(Workload.JSON, MetricNames.CAPACITY_PER_CORE, 0, true),
                        m(Workload.JSON, MetricNames.MAX_RPS, 1200, true))));
        Fit.StackFit f = Fit.of("s", "node", load(840, 50, 4, 0), RULES, view);
        assertThat(f.coresNeeded()).isCloseTo(1.0, within(1e-9)); // 840 / 1200 / 0.7
    }

    @Test
    void aFlaggedMeasurementIsNotUsedAndThePriorSaysSo() {
        // In the recorded good run, java-vertx's json max_rps is flagged: its fit is not measured.
        Verdict v = Fixtures.advisor().advise(Fixtures.example("web-api-backend"), Fixtures.run());
        Verdict.Evidence io = v.options().stream()
                .filter(o -> o.id().equals("java-vertx"))
                .findFirst()
                .orElseThrow()
                .criteria()
                .stream()
                .filter(c -> c.criterion().equals("io_performance"))
                .findFirst()
                .orElseThrow()
                .evidence();
        assertThat(io.kind().word()).isEqualTo("prior");
        assertThat(io.text()).contains("json/max_rps not usable in the run");
        assertThat(v.fit().stacks()).anyMatch(l -> l.startsWith("java-vertx: not measured in this run"));
    }

    @Test
    void stacksThatAllMeetARequirementScoreTheSameOnIt() {
        assertThat(FitScores.within(50, 5)).isEqualTo(FitScores.within(50, 45)).isEqualTo(1.0);
        assertThat(FitScores.within(50, 100)).isEqualTo(0.5);
    }

    @Test
    void aStackWhoseCellsFailedIsNotMeasuredWhenTheOthersHaveCpuPer1k() {
        // Stack u answered nothing on json (no max_rps, no CPU per 1k): the others' CPU-per-1k basis stands, and u
        // is "not measured" (a web run of two test stacks, one of which failed, used to throw here).
        Fit.StackFit f = Fit.of("u", "node", load(200, 50, 4, 0), RULES, withCpuPer1k(0.5, true));
        assertThat(f.outcome()).isEqualTo(Fit.Outcome.NOT_MEASURED);
        assertThat(f.missing()).contains("json/" + MetricNames.APP_CPU_S_PER_1K);
    }

    private static MetricView withCpuPer1k(double jsonCpuSPer1k, boolean secondStackHasIt) {
        List<Metric> ms = new java.util.ArrayList<>(run(1000, 5, 9).run().metrics());
        ms.add(m(Workload.JSON, MetricNames.APP_CPU_S_PER_1K, jsonCpuSPer1k, false));
        ms.add(new Metric("t", Workload.JSON, MetricNames.MAX_RPS, 900, 900, 900, "", true, 3, false, ""));
        ms.add(new Metric("t", Workload.JSON, MetricNames.CAPACITY_PER_CORE, 800, 800, 800, "", true, 3, false, ""));
        if (secondStackHasIt) {
            ms.add(new Metric(
                    "t", Workload.JSON, MetricNames.APP_CPU_S_PER_1K, 1.0, 1.0, 1.0, "", false, 3, false, ""));
        }
        return MetricView.medians(new RunMetrics("hand", Instant.EPOCH, "hand-computed", "test", ms));
    }

    @Test
    void cpuPerRequestComesFromTheMeasuredCpuPer1kWhenEveryStackHasIt() {
        // 0.5 CPU-s per 1k = 0.5 ms per request: 200 req/s x 0.0005 s / 0.7 = 0.1429 cores (not 1/1000 per core).
        Fit.StackFit f = Fit.of("s", "node", load(200, 50, 4, 0), RULES, withCpuPer1k(0.5, true));
        assertThat(f.coresNeeded()).isCloseTo(0.1429, within(1e-4));
    }

    @Test
    void aRunWhereAStackLacksCpuPer1kFallsBackToCapacityForAll() {
        // One basis per run: stack t has no CPU per 1k (an old run, or a cell without a figure), so capacity it is.
        Fit.StackFit f = Fit.of("s", "node", load(200, 50, 4, 0), RULES, withCpuPer1k(0.5, false));
        assertThat(f.coresNeeded()).isCloseTo(0.2857, within(1e-4));
    }
}
