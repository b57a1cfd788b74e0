package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipped knowledge base is complete and every fact is sourced and dated. */
class KnowledgeTest {
    private final Knowledge kb = Knowledge.load();

    @Test
    void hasAllEighteenCriteriaOfTheArticles() {
        assertThat(kb.criteria()).hasSize(18);
        assertThat(kb.criteria()).allMatch(c -> !c.seeds().isEmpty());
    }

    @Test
    void everyFactHasARationaleASourceAndADateThatSaysWhatItIs() {
        assertThat(kb.facts().values()).allSatisfy(f -> {
            assertThat(f.rationale()).isNotBlank();
            assertThat(f.source()).isNotBlank().doesNotContain("MN section").doesNotContain("machine-notes");
            // the source's own date, or a label for what the date is
            assertThat(f.asOf())
                    .matches("\\d{4}-\\d{2}-\\d{2}|undated page, read \\d{4}-\\d{2}-\\d{2}"
                            + "|\\d{4}-\\d{2}-\\d{2}, own measurement|JDK 21 GA 2023-09-19 \\(JEP 444\\)");
            if (f.asOf().contains("own measurement")) {
                assertThat(f.source()).contains("own feasibility run, not public");
            }
        });
    }

    @Test
    void offersTheSixStacksAndTheTwoHybridsWithTheirCosts() {
        assertThat(kb.stacks())
                .extracting(Candidate::id)
                .containsExactly(
                        "node-express", "node-fastify", "python-fastapi", "python-django", "java-spring", "java-vertx");
        assertThat(kb.candidates())
                .filteredOn(Candidate::hybrid)
                .hasSize(2)
                .allMatch(c ->
                        c.costs().containsAll(java.util.List.of("two_runtimes", "network_hop", "no_shared_types")));
    }

    @Test
    void aHybridPaysItsCostsOnTopOfItsParts() {
        Profile p = Fixtures.profile("name: x\n");
        ScoreTable t = new Scorer(kb, p).score(kb.candidates(), (MetricView) null, true);
        int maint = t.column("maintainability");
        double api = t.scores()[t.row("node-fastify")][maint];
        double service = t.scores()[t.row("python-fastapi")][maint];
        double hybrid = t.scores()[t.row("node-fastify+python-fastapi")][maint];
        assertThat(hybrid).isEqualTo(Math.min(api, service) - 0.25, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.evidence()[t.row("node-fastify+python-fastapi")][maint].text())
                .contains("two runtimes");
    }
}
