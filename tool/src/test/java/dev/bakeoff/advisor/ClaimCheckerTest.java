package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.Workload;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The articles' claims against the run fixture: supported, contradicted, inconclusive, not measured. */
class ClaimCheckerTest {
    private static Map<String, Verdict.ClaimCheck> checks() {
        List<Verdict.ClaimCheck> all = new ClaimChecker(Knowledge.load()).check(Fixtures.run());
        return all.stream().collect(Collectors.toMap(Verdict.ClaimCheck::id, c -> c));
    }

    @Test
    void aThresholdClaimIsSupportedWhenTheWholeIntervalClearsIt() {
        assertThat(checks().get("N1").outcome()).isEqualTo("supported");
        assertThat(checks().get("N1").detail()).contains("io/io_efficiency").contains("node-fastify 0.98");
    }

    @Test
    void aComparisonIsDecidedByTheBestStackOfEachSide() {
        Verdict.ClaimCheck n2 = checks().get("N2");
        assertThat(n2.outcome()).isEqualTo("supported");
        assertThat(n2.detail()).contains("node-fastify 54.2 ms").contains("python-fastapi 73.8 ms");
    }

    @Test
    void aClaimTheMeasurementsRefuteIsContradictedWithTheNumbers() {
        Verdict.ClaimCheck n12 = checks().get("N12");
        assertThat(n12.outcome()).isEqualTo("contradicted");
        assertThat(n12.detail()).contains("startup/idle_rss_mib").contains("python-fastapi 35.8 MiB");
    }

    @Test
    void overlappingIntervalsMakeAComparisonInconclusive() {
        RunMetrics run = new RunMetrics(
                "tie",
                Instant.EPOCH,
                "",
                "",
                List.of(json("node-fastify", 100, 90, 110), json("python-fastapi", 95, 85, 105)));
        Verdict.ClaimCheck n14 = new ClaimChecker(Knowledge.load())
                .check(run).stream()
                        .filter(c -> c.id().equals("N14"))
                        .findFirst()
                        .orElseThrow();
        assertThat(n14.outcome()).isEqualTo("inconclusive");
        assertThat(n14.detail()).contains("a tie");
    }

    @Test
    void aStackWithNoUsableMeasurementLeavesTheClaimInconclusive() {
        RunMetrics run = new RunMetrics("partial", Instant.EPOCH, "", "", List.of(json("node-fastify", 100, 90, 110)));
        Verdict.ClaimCheck n14 = new ClaimChecker(Knowledge.load())
                .check(run).stream()
                        .filter(c -> c.id().equals("N14"))
                        .findFirst()
                        .orElseThrow();
        assertThat(n14.outcome()).isEqualTo("inconclusive");
        assertThat(n14.detail()).contains("no usable measurement for python-fastapi");
    }

    private static Metric json(String stack, double median, double low, double high) {
        return new Metric(stack, Workload.JSON, "max_rps", median, low, high, "req/s", true, 3, false, "");
    }

    @Test
    void withoutARunMeasuredClaimsAreNotMeasuredAndOthersPointToTheirFact() {
        List<Verdict.ClaimCheck> all = new ClaimChecker(Knowledge.load()).check(null);
        assertThat(all)
                .filteredOn(c -> c.test().equals("measured"))
                .allMatch(c -> c.outcome().equals("not measured"));
        assertThat(all).filteredOn(c -> c.id().equals("P10")).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo("lookup");
            assertThat(c.detail()).contains("Security in Django");
        });
    }
}
