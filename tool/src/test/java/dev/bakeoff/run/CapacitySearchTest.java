package dev.bakeoff.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Workload;
import dev.bakeoff.plan.PlanFixtures;
import dev.bakeoff.plan.Preset;
import dev.bakeoff.plan.StepSpec;
import dev.bakeoff.stats.StatsFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoublePredicate;
import org.junit.jupiter.api.Test;

/** The capacity search's decisions, on probes faked from a rule of which rates an app sustains. */
class CapacitySearchTest {
    private static final StepSpec.Capacity JSON = PlanFixtures.steps(Workload.JSON, Preset.STANDARD).stream()
            .filter(StepSpec.Capacity.class::isInstance)
            .map(StepSpec.Capacity.class::cast)
            .findFirst()
            .orElseThrow();
    private final List<Double> probed = new ArrayList<>();

    /** A probe at {@code rate}: met when {@code meets} says so, saturated above {@code generatorLimit}. */
    private Measurement probe(double rate, DoublePredicate meets, double generatorLimit) {
        probed.add(rate);
        boolean saturated = rate > generatorLimit;
        long p99 = meets.test(rate) ? 5_000 : 80_000;
        return Measurement.of("s", Workload.JSON, "capacity", 1)
                .flagged(saturated)
                .note(saturated ? "load generator saturated: sends ran behind schedule" : "")
                .targetRate(rate)
                .achievedRate(saturated ? generatorLimit : rate)
                .completed((long) rate)
                .corrected(new Measurement.Latency(1000, 2000, p99, p99, p99, 1500))
                .appCpuShare(0.5)
                .appPeakRssMib(50)
                .appMeanRssMib(40)
                .loadgenCpuShare(0.2)
                .values(saturated ? Map.of(StepRunner.GENERATOR_SATURATED, 1.0) : Map.of())
                .build();
    }

    private Measurement search(double maxRate, Optional<Measurement> fixed, DoublePredicate meets, double limit) {
        return CapacitySearch.search(JSON, "s", 1, maxRate, fixed, r -> probe(r, meets, limit), () -> true);
    }

    @Test
    void aProbeTheGeneratorCouldNotDriveIsUnknownNotAMiss() {
        // The app meets the SLO up to 30,000/s; the generator drives at most 20,000/s.
        Measurement m = search(40_000, Optional.empty(), r -> r <= 30_000, 20_000);
        assertThat(m.values().get("capacity_rps")).isEqualTo(16_500);
        assertThat(m.flagged()).isTrue();
        assertThat(m.note()).startsWith("at least 16500 req/s").contains("33000/s unknown, load generator saturated");
    }

    @Test
    void aSearchWhoseEveryProbeTheGeneratorCouldNotDriveIsUnknownNotABound() {
        // A starved generator (load average 11 on 2 cores): every probe saturated, however low.
        Measurement m = search(16_000, Optional.empty(), r -> true, 0);
        assertThat(m.flagged()).isTrue();
        assertThat(m.note()).startsWith("unknown: the load generator could not drive any probed rate");
        assertThat(m.values()).doesNotContainKeys("capacity_rps", "capacity_below_rps");
        assertThat(StatsFixtures.observations(Workload.JSON, Map.of("capacity", m), 1))
                .as("no capacity figure at all")
                .noneMatch(o -> o.name().equals(MetricNames.CAPACITY_PER_CORE));
    }

    @Test
    void aFixedRateStepThatMetTheSloIsALowerBound() {
        // node-express json, run 20261202-005646: 1,000/s at p99 6.9 ms, both capacity probes missed.
        Measurement fixed = probe(1000, r -> true, Double.MAX_VALUE);
        probed.clear();
        Measurement m = search(16_000, Optional.of(fixed), r -> r <= 1_200, Double.MAX_VALUE);
        assertThat(m.values().get("capacity_rps")).isGreaterThanOrEqualTo(1000);
        assertThat(m.flagged()).isFalse();
        assertThat(m.note()).contains("1000/s met at the fixed-rate step");
        assertThat(probed).allSatisfy(r -> assertThat(r).isGreaterThan(1000));
    }

    @Test
    void withNoPassTheSearchKeepsHalvingDownToAFloor() {
        Measurement m = search(16_000, Optional.empty(), r -> r <= 500, Double.MAX_VALUE);
        assertThat(m.values().get("capacity_rps")).isBetween(400.0, 500.0);
        assertThat(probed).hasSizeGreaterThan(JSON.steps());
    }

    @Test
    void anAppThatNeverMeetsTheSloIsBelowTheLowestProbeFlaggedNeverZero() {
        Measurement m = search(16_000, Optional.empty(), r -> false, Double.MAX_VALUE);
        double lowest = probed.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertThat(lowest).isLessThan(17_600 * CapacitySearch.FLOOR_SHARE * 2);
        assertThat(probed).hasSizeLessThanOrEqualTo(JSON.steps() + 8);
        assertThat(m.ok()).as("the app answered: not a failed cell").isTrue();
        assertThat(m.flagged()).isTrue();
        assertThat(m.values()).doesNotContainKey("capacity_rps");
        assertThat(m.note()).startsWith(String.format("below %.0f req/s", lowest));
        var obs = StatsFixtures.observations(Workload.JSON, Map.of("capacity", m), 1).stream()
                .filter(o -> o.name().equals(MetricNames.CAPACITY_PER_CORE))
                .findFirst()
                .orElseThrow();
        assertThat(obs.flagged()).isTrue();
        assertThat(obs.value()).isEqualTo(lowest);
        assertThat(obs.high()).isEqualTo(lowest);
    }
}
