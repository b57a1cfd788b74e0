package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.advisor.Verdict.ClaimCheck.Outcome;
import dev.bakeoff.model.RunMetrics;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** N16's inference half: Node (onnxruntime-node) against Python (scikit-learn) serving the same model in-process. */
class InferenceClaimTest {
    private static Map<String, Verdict.ClaimCheck> checks(RunMetrics run) {
        return new ClaimChecker(Knowledge.load())
                .check(run).stream().collect(Collectors.toMap(Verdict.ClaimCheck::id, c -> c));
    }

    /** Per stack {cpu-s per 1k, batch-1 p99 ms, RSS MiB}; Fixtures.withMl gives each a +/-5% interval. */
    private static RunMetrics ml(double[] node, double[] python) {
        return Fixtures.withMl(Fixtures.run(), Map.of("node-fastify", node, "python-fastapi", python));
    }

    @Test
    void nodeClearlyBetterAtServingContradictsTheInferenceClaims() {
        Map<String, Verdict.ClaimCheck> c = checks(ml(new double[] {0.3, 2, 100}, new double[] {0.9, 6, 150}));
        assertThat(c.get("N16-inference-p99").outcome()).isEqualTo(Outcome.CONTRADICTED);
        assertThat(c.get("N16-inference-p99").detail()).contains("ml/ml_b1_p99_ms: node-fastify 2 ms");
        assertThat(c.get("N16-inference-cpu").outcome()).isEqualTo(Outcome.CONTRADICTED);
        assertThat(c.get("N16").test()).isEqualTo("lookup"); // training stays looked up
    }

    @Test
    void aTieContradictsTheClaimThatNodeIsWorse() {
        Map<String, Verdict.ClaimCheck> c = checks(ml(new double[] {0.5, 4, 100}, new double[] {0.5, 4.1, 150}));
        assertThat(c.get("N16-inference-p99").outcome()).isEqualTo(Outcome.CONTRADICTED);
        assertThat(c.get("N16-inference-p99").detail()).contains("a tie");
    }

    @Test
    void nodeClearlyWorseSupportsThem() {
        Map<String, Verdict.ClaimCheck> c = checks(ml(new double[] {0.9, 9, 100}, new double[] {0.3, 3, 150}));
        assertThat(c.get("N16-inference-p99").outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(c.get("N16-inference-cpu").outcome()).isEqualTo(Outcome.SUPPORTED);
    }

    @Test
    void withoutMlMetricsTheyAreInconclusiveTheHybridClaimToo() {
        Map<String, Verdict.ClaimCheck> c = checks(Fixtures.run());
        assertThat(c.get("N16-inference-cpu").outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(c.get("H1").outcome()).isEqualTo(Outcome.INCONCLUSIVE);
    }

    private static RunMetrics hybrid(double hybridP99, double serviceP99) {
        return Fixtures.withMl(
                Fixtures.run(),
                Map.of(
                        "hybrid-fastify-fastapi", new double[] {0.6, hybridP99, 250},
                        "python-fastapi", new double[] {0.5, serviceP99, 150}));
    }

    @Test
    void aHybridWhoseHopCostsLittleSupportsTheHybridClaim() {
        Map<String, Verdict.ClaimCheck> c = checks(hybrid(7.5, 6));
        assertThat(c.get("H1").test()).isEqualTo("measured");
        assertThat(c.get("H1").outcome()).isEqualTo(Outcome.SUPPORTED);
    }

    @Test
    void aHybridWhoseHopDoublesThePredictP99ContradictsIt() {
        Map<String, Verdict.ClaimCheck> c = checks(hybrid(14, 6));
        assertThat(c.get("H1").outcome()).isEqualTo(Outcome.CONTRADICTED);
        assertThat(c.get("H1").detail()).contains("hybrid-fastify-fastapi 14 ms");
    }
}
