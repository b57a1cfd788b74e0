package dev.bakeoff.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bakeoff.model.Environment;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.Metric;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Plan;
import dev.bakeoff.model.RunInfo;
import dev.bakeoff.model.RunStatus;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workload;
import dev.bakeoff.plan.PlanFixtures;
import dev.bakeoff.plan.PlanResolver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessSpreadTest {
    private static final Environment HERE =
            new Environment("cpu", 2, 1024, "os", "k", "25", "dev", "abc", Map.of(), 1, 1);
    private static final double[] FIRST = {800, 1000, 500, 2000};
    private static final double[] SECOND = {900, 1100, 450, 2400};

    @Test
    void theSpreadIsEachStacksLogVarianceBetweenRunsPooledOverStacks() {
        ProcessSpread.Spread s = ProcessSpread.forRun(
                        run("r2", 20, "quick", HERE, SECOND), List.of(run("r1", 10, "quick", HERE, FIRST)))
                .of(Workload.STARTUP, MetricNames.READY_MS)
                .orElseThrow();
        assertThat(s.df()).isEqualTo(4);
        assertThat(s.logSd()).isCloseTo(expectedSd(), within(1e-9));
        assertThat(s.source())
                .startsWith("measured on this machine in 2 quick runs")
                .contains("r1", "r2");
    }

    @Test
    void runsOfAnotherMachineOrLaterOnesAreNotPooled() {
        double[] wild = {10, 100_000, 10, 100_000};
        Environment elsewhere = new Environment("other cpu", 2, 1024, "os", "k", "25", "dev", "abc", Map.of(), 1, 1);
        ProcessSpread spread = ProcessSpread.forRun(
                run("r2", 20, "quick", HERE, SECOND),
                List.of(
                        run("r1", 10, "quick", HERE, FIRST),
                        run("r0", 5, "quick", elsewhere, wild),
                        run("r3", 30, "quick", HERE, wild)));
        assertThat(spread.of(Workload.STARTUP, MetricNames.READY_MS)
                        .orElseThrow()
                        .logSd())
                .isCloseTo(expectedSd(), within(1e-9));
        assertThat(spread.runs()).containsExactly("r2", "r1");
    }

    @Test
    void beforeTwoRunsTheDevelopmentMachinesSpreadStandsInAndSaysSo() {
        ProcessSpread spread = ProcessSpread.forRun(run("r1", 10, "quick", HERE, FIRST), List.of());
        assertThat(spread.measuredHere()).isFalse();
        assertThat(spread.of(Workload.STARTUP, MetricNames.READY_MS)
                        .orElseThrow()
                        .source())
                .startsWith("not yet measured on this machine")
                .contains("development machine");
    }

    @Test
    void aOneRoundIntervalIsAtLeastTheSpreadBetweenProcessesAndTheNoteSaysWhence() {
        StoredRun second = run("r2", 20, "quick", HERE, SECOND);
        ProcessSpread spread = ProcessSpread.forRun(second, List.of(run("r1", 10, "quick", HERE, FIRST)));
        Metric m = Summarizer.summarize(second, spread)
                .find("s0", Workload.STARTUP, MetricNames.READY_MS)
                .orElseThrow();
        double half = Statistics.tQuantile975(4) * expectedSd();
        assertThat(m.low()).isCloseTo(900 * Math.exp(-half), within(1e-6));
        assertThat(m.high()).isCloseTo(900 * Math.exp(half), within(1e-6));
        assertThat(m.note()).contains("spread between fresh processes").contains("measured on this machine");
        Metric alone = Summarizer.summarize(second)
                .find("s0", Workload.STARTUP, MetricNames.READY_MS)
                .orElseThrow();
        assertThat(alone.low()).isEqualTo(900);
    }

    @Test
    void aRunOfSeveralRoundsMeasuresItsOwnSpread() {
        Plan standard = PlanResolver.resolve(
                        "standard", List.of(), List.of(), 0, PlanFixtures.catalog(), PlanFixtures.TWO_CORES)
                .plan();
        StoredRun run = new StoredRun(info("r9", 40, "standard"), standard, HERE, measurements(SECOND));
        assertThat(ProcessSpread.forRun(run, List.of(run("r1", 10, "quick", HERE, FIRST)))
                        .byMetric())
                .isEmpty();
    }

    private static double expectedSd() {
        double ss = 0;
        for (int i = 0; i < FIRST.length; i++) {
            double d = Math.log(SECOND[i]) - Math.log(FIRST[i]);
            ss += d * d / 2; // two values about their mean: (d/2)^2 twice
        }
        return Math.sqrt(ss / FIRST.length);
    }

    private static StoredRun run(String id, long second, String preset, Environment env, double[] ready) {
        Plan plan = PlanResolver.resolve(
                        preset, List.of(), List.of(), 0, PlanFixtures.catalog(), PlanFixtures.TWO_CORES)
                .plan();
        return new StoredRun(info(id, second, preset), plan, env, measurements(ready));
    }

    private static RunInfo info(String id, long second, String preset) {
        return new RunInfo(
                id,
                Instant.ofEpochSecond(second),
                Instant.ofEpochSecond(second + 1),
                RunStatus.COMPLETE,
                preset,
                List.of(),
                0,
                0);
    }

    private static List<Measurement> measurements(double[] ready) {
        List<Measurement> out = new ArrayList<>();
        for (int i = 0; i < ready.length; i++) {
            out.add(PlanFixtures.throughput("s" + i, Workload.STARTUP, "cold", 1, 0, false)
                    .with("", Map.of(MetricNames.READY_MS, ready[i], MetricNames.IDLE_RSS_MIB, 50.0)));
        }
        return out;
    }
}
