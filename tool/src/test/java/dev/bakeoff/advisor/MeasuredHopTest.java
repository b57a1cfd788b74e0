package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.Workload;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A hybrid whose composed stack a run measured pays its measured hop on ai_ml, not the stated penalty. */
class MeasuredHopTest {
    private static final Knowledge KB = Fixtures.kb();
    private static final Candidate NODE_PYTHON = KB.candidates().stream()
            .filter(c -> c.id().equals("node-fastify+python-fastapi"))
            .findFirst()
            .orElseThrow();
    private static final Criterion AI_ML = KB.criteria().stream()
            .filter(c -> c.id().equals("ai_ml"))
            .findFirst()
            .orElseThrow();

    private static MetricView run(boolean flagged) {
        return MetricView.medians(new RunMetrics(
                "r1",
                Instant.parse("2026-12-01T00:00:00Z"),
                "hand-computed",
                "test",
                List.of(
                        new Metric(
                                "hybrid-fastify-fastapi",
                                Workload.ML,
                                MetricNames.ML_HOP_P50_MS,
                                1,
                                1,
                                1,
                                "ms",
                                false,
                                3,
                                false,
                                ""),
                        new Metric(
                                "hybrid-fastify-fastapi",
                                Workload.ML,
                                MetricNames.ML_HOP_P99_MS,
                                4,
                                3,
                                5,
                                "ms",
                                false,
                                3,
                                flagged,
                                ""))));
    }

    private static double aiMl(Optional<MeasuredHop> hop) {
        Scorer.Cell half = new Scorer.Cell(0.5, null);
        return Hybrids.combine(KB, NODE_PYTHON, AI_ML, half, half, false, hop, 200)
                .score();
    }

    @Test
    void theHybridNamesTheComposedStackThatDeploysIt() {
        assertThat(NODE_PYTHON.measuredAs()).isEqualTo("hybrid-fastify-fastapi");
    }

    @Test
    void aMeasuredHopCostsItsShareOfTheP99BudgetInPlaceOfTheStatedPenalty() {
        Optional<MeasuredHop> hop = MeasuredHop.of(run(false), NODE_PYTHON);
        assertThat(hop).isPresent();
        assertThat(hop.get().penalty(200)).isCloseTo(0.02, within(1e-12));
        double stated = KB.costs().get("network_hop").penalties().get("ai_ml");
        assertThat(aiMl(Optional.empty()) - aiMl(hop)).isCloseTo(0.02 - stated, within(1e-12));
        assertThat(hop.get().text(200))
                .contains("p99 +4 ms")
                .contains("p50 +1 ms")
                .contains("2.0% of the 200 ms");
    }

    @Test
    void aFlaggedHopIsNoMeasurementAndTheStatedPenaltyStays() {
        assertThat(MeasuredHop.of(run(true), NODE_PYTHON)).isEmpty();
        assertThat(MeasuredHop.of(null, NODE_PYTHON)).isEmpty();
    }

    @Test
    void theHopsTextSaysWhatTheRunSawWhenTheServiceHungAndDied() {
        List<Metric> metrics = new java.util.ArrayList<>(run(false).run().metrics());
        metrics.add(metric(MetricNames.ML_STALL_FAILED_SHARE, 1.0, "share"));
        metrics.add(metric(MetricNames.ML_STALL_P99_MS, 1016, "ms"));
        metrics.add(metric(MetricNames.ML_STALL_JSON_P99_MS, 8, "ms"));
        metrics.add(metric(MetricNames.ML_STALL_RECOVERY_MS, 112, "ms"));
        metrics.add(metric(MetricNames.ML_DOWN_FAILED_SHARE, 1.0, "share"));
        MetricView view = MetricView.medians(
                new RunMetrics("r1", Instant.parse("2026-12-01T00:00:00Z"), "hand-computed", "test", metrics));

        assertThat(MeasuredHop.of(view, NODE_PYTHON).orElseThrow().faultText())
                .contains("its service hung: 100% of forwarded calls failed (p99 1016 ms), its own /json p99 8 ms,"
                        + " forwarding again 112 ms after it came back")
                .contains("its service killed: 100% of forwarded calls failed");
        assertThat(MeasuredHop.of(run(false), NODE_PYTHON).orElseThrow().faultText())
                .as("a run without fault cells says nothing of them")
                .isEmpty();
    }

    private static Metric metric(String name, double value, String unit) {
        return new Metric("hybrid-fastify-fastapi", Workload.ML, name, value, value, value, unit, false, 1, false, "");
    }
}
