package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bakeoff.model.RunMetrics;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ai_ml criterion for a profile that serves a model in-process (examples/financial-modeling: ml inference,
 * 50 connections, so 100 req/s and a 200 ms budget by fit.yaml's defaults): half the fact, half the measured
 * inference fit, for each stack the run measured; the fact alone for the rest and for runs without ml.
 */
class AiMlMeasuredTest {
    private static Verdict.CriterionScore aiMl(Verdict v, String stack) {
        return v.options().stream().filter(o -> o.id().equals(stack)).findFirst().orElseThrow().criteria().stream()
                .filter(c -> c.criterion().equals("ai_ml"))
                .findFirst()
                .orElseThrow();
    }

    private static double fact(String stack) {
        return Fixtures.kb().fact("ai_ml", stack).orElseThrow().score() / 10;
    }

    private static final RunMetrics ML = Fixtures.withMl(
            Fixtures.run(),
            Map.of(
                    "node-fastify", new double[] {0.4, 6, 120},
                    // 400 ms batch-1 p99: twice the 200 ms budget, so the measured half scores 0.5.
                    "python-fastapi", new double[] {0.5, 400, 150}));

    @Test
    void aMeasuredInferenceThatFitsScoresHalfFactHalfOne() {
        Verdict v = Fixtures.advisor().advise(Fixtures.example("financial-modeling"), ML);
        Verdict.CriterionScore node = aiMl(v, "node-fastify");
        assertThat(node.evidence().kind().word()).isEqualTo("measured");
        assertThat(node.evidence().text()).contains("in-process inference measured: inference 0.40 CPU-s per 1k");
        assertThat(node.score()).isCloseTo(0.5 * 1 + 0.5 * fact("node-fastify"), within(1e-9));
    }

    @Test
    void aPredictP99OverBudgetLowersTheMeasuredHalf() {
        Verdict v = Fixtures.advisor().advise(Fixtures.example("financial-modeling"), ML);
        assertThat(aiMl(v, "python-fastapi").score()).isCloseTo(0.5 * 0.5 + 0.5 * fact("python-fastapi"), within(1e-9));
    }

    @Test
    void stacksAndRunsWithoutMlMetricsKeepTheFact() {
        Verdict v = Fixtures.advisor().advise(Fixtures.example("financial-modeling"), ML);
        assertThat(aiMl(v, "java-spring").evidence().kind().word()).isEqualTo("fact");
        assertThat(aiMl(v, "java-spring").score()).isCloseTo(fact("java-spring"), within(1e-9));
        Verdict plain = Fixtures.advisor().advise(Fixtures.example("financial-modeling"), Fixtures.run());
        assertThat(aiMl(plain, "node-fastify").evidence().kind().word()).isEqualTo("fact");
        assertThat(aiMl(plain, "node-fastify").score()).isCloseTo(fact("node-fastify"), within(1e-9));
    }

    @Test
    void aProfileWithoutInferenceIgnoresTheMlMetrics() {
        Verdict v = Fixtures.advisor().advise(Fixtures.example("web-api-backend"), ML);
        assertThat(aiMl(v, "node-fastify").evidence().kind().word()).isEqualTo("fact");
    }
}
