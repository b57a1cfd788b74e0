package dev.bakeoff.stats;

import static dev.bakeoff.plan.PlanFixtures.throughput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.Environment;
import dev.bakeoff.model.Headlines;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.Metric;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Plan;
import dev.bakeoff.model.RunInfo;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.RunStatus;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workload;
import dev.bakeoff.plan.PlanFixtures;
import dev.bakeoff.plan.PlanResolver;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummarizerTest {
    @Test
    void threeRoundsGiveTheMedianWithAnIntervalAcrossRounds() {
        RunMetrics run = summarize(List.of(
                throughput("a", Workload.PLAINTEXT, "max", 1, 1000, false),
                throughput("a", Workload.PLAINTEXT, "max", 2, 1200, false),
                throughput("a", Workload.PLAINTEXT, "max", 3, 1100, false)));
        Metric m = run.find("a", Workload.PLAINTEXT, MetricNames.MAX_RPS).orElseThrow();
        assertThat(m.median()).isEqualTo(1100);
        // A t interval on log values with 2 degrees of freedom reaches well beyond the three values.
        double logSd = Math.sqrt((Math.pow(Math.log(1000) - lnMean(), 2)
                        + Math.pow(Math.log(1200) - lnMean(), 2)
                        + Math.pow(Math.log(1100) - lnMean(), 2))
                / 2);
        assertThat(m.low())
                .isCloseTo(Math.exp(lnMean() - 4.303 * logSd / Math.sqrt(3)), org.assertj.core.data.Offset.offset(0.5));
        assertThat(m.high())
                .isCloseTo(Math.exp(lnMean() + 4.303 * logSd / Math.sqrt(3)), org.assertj.core.data.Offset.offset(0.5));
        assertThat(m.low()).isLessThan(1000);
        assertThat(m.high()).isGreaterThan(1200);
        assertThat(m.note()).contains("t interval on log values over 3 rounds");
        assertThat(m.trials()).isEqualTo(3);
        assertThat(m.flagged()).isFalse();
    }

    @Test
    void oneRoundTakesItsIntervalFromOneSecondSamplesAndSaysSo() {
        Metric m = summarize(List.of(throughput("a", Workload.PLAINTEXT, "max", 1, 1000, false)))
                .find("a", Workload.PLAINTEXT, MetricNames.MAX_RPS)
                .orElseThrow();
        assertThat(m.low()).isLessThan(1000);
        assertThat(m.high()).isGreaterThan(1000);
        assertThat(m.note()).contains("within one process").contains("one-second samples");
    }

    @Test
    void aSingleNumberGetsNoIntervalFromElsewhere() {
        Measurement cold = PlanFixtures.throughput("a", Workload.STARTUP, "cold", 1, 0, false)
                .with("", Map.of(MetricNames.READY_MS, 800.0, MetricNames.IDLE_RSS_MIB, 50.0));
        Metric m = summarize(List.of(cold))
                .find("a", Workload.STARTUP, MetricNames.READY_MS)
                .orElseThrow();
        assertThat(m.low()).isEqualTo(800.0);
        assertThat(m.high()).isEqualTo(800.0);
        assertThat(m.note()).contains("one value: no interval").doesNotContain("15%");
    }

    private static double lnMean() {
        return (Math.log(1000) + Math.log(1200) + Math.log(1100)) / 3;
    }

    @Test
    void aSaturatedTrialFlagsTheMetric() {
        Metric m = summarize(List.of(throughput("a", Workload.JSON, "max", 1, 1000, true)))
                .find("a", Workload.JSON, MetricNames.MAX_RPS)
                .orElseThrow();
        assertThat(m.flagged()).isTrue();
        assertThat(m.note()).contains("saturated");
    }

    @Test
    void aFlaggedRoundIsLeftOutWhileTwoOfThreeMeasuredWell() {
        Metric m = jsonMaxOverThreeRounds(false, true, false);
        assertThat(m.flagged()).isFalse();
        assertThat(m.trials()).isEqualTo(2);
        assertThat(m.median()).isEqualTo(1100); // the two rounds that measured well
        assertThat(m.note()).contains("1 of 3 rounds left out as flagged").contains("saturated");
    }

    @Test
    void twoFlaggedRoundsOfThreeFlagTheMetric() {
        Metric m = jsonMaxOverThreeRounds(true, true, false);
        assertThat(m.flagged()).isTrue();
        assertThat(m.trials()).isEqualTo(3);
    }

    /** json max_rps of 1,000, 400 and 1,200 req/s in rounds 1-3, each flagged as given. */
    private static Metric jsonMaxOverThreeRounds(boolean first, boolean second, boolean third) {
        return summarize(List.of(
                        throughput("a", Workload.JSON, "max", 1, 1000, first),
                        throughput("a", Workload.JSON, "max", 2, 400, second),
                        throughput("a", Workload.JSON, "max", 3, 1200, third)))
                .find("a", Workload.JSON, MetricNames.MAX_RPS)
                .orElseThrow();
    }

    @Test
    void aFailedCellIsReportedAsAFailedMetric() {
        RunMetrics run = summarize(List.of(Measurement.failed("a", Workload.CPU, "max", 1, "app crashed")));
        assertThat(run.find("a", Workload.CPU, "failed"))
                .get()
                .extracting(Metric::note)
                .isEqualTo("app crashed");
        assertThat(run.find("a", Workload.CPU, MetricNames.MAX_RPS)).isEmpty();
    }

    @Test
    void theBestStackRanksFirstAndOverlappingIntervalsTie() {
        RunMetrics run = summarize(List.of(
                throughput("fast", Workload.PLAINTEXT, "max", 1, 2000, false),
                throughput("close", Workload.PLAINTEXT, "max", 1, 1990, false),
                throughput("slow", Workload.PLAINTEXT, "max", 1, 1000, false)));
        List<Headlines.Row> rows = Headlines.rank(run, Workload.PLAINTEXT, MetricNames.MAX_RPS);
        assertThat(rows).extracting(r -> r.metric().stack()).containsExactly("fast", "close", "slow");
        assertThat(rows.get(1).tiedWithBest()).isTrue();
        assertThat(rows.get(2).tiedWithBest()).isFalse();
        assertThat(rows.get(2).vsBest()).isEqualTo(-0.5);
    }

    private static RunMetrics summarize(List<Measurement> ms) {
        Plan plan = PlanResolver.resolve(
                        "quick", List.of(), List.of(), 0, PlanFixtures.catalog(), PlanFixtures.TWO_CORES)
                .plan();
        RunInfo info = new RunInfo(
                "r1", Instant.EPOCH, Instant.EPOCH, RunStatus.COMPLETE, "quick", List.of("a"), ms.size(), 0);
        Environment env = new Environment("cpu", 2, 1024, "os", "k", "25", "dev", "abc", Map.of(), 0, 0);
        return Summarizer.summarize(new StoredRun(info, plan, env, ms));
    }
}
