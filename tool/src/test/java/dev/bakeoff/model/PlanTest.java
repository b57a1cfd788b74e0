package dev.bakeoff.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTest {
    @Test
    void aPlanStoredBeforeItsCompositionsWereAFieldReadsThemFromItsNote() {
        Plan stored = new Plan(
                "quick",
                List.of("hybrid-fastify-fastapi", "python-fastapi"),
                List.of(Workload.ML),
                1,
                0.5,
                15,
                1,
                List.of(),
                new CpuPlan(List.of(1), List.of(0), false),
                1000,
                10,
                List.of(
                        "Warm-up: ...",
                        "Composed: hybrid-fastify-fastapi runs node-fastify in front of python-fastapi (ML_URL=...)"),
                null);
        assertThat(stored.compositions())
                .containsExactly(new Plan.Composition("hybrid-fastify-fastapi", "node-fastify", "python-fastapi"));
    }
}
