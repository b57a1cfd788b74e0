package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Free text to profile through knowledge/phrases.yaml, with every phrase that matched shown. */
class PhraseCatalogueTest {
    private static final String ISSUE_EXAMPLE =
            "a realtime chat app for 50k users, team knows TypeScript, we also want ML" + " recommendations later";

    @Test
    void readsTheIssueExample() {
        Advisor.Description d = Fixtures.advisor().describe(ISSUE_EXAMPLE);
        Profile p = d.profile();
        assertThat(p.workload().realtime()).isEqualTo("core");
        assertThat(p.workload().concurrentConnections()).isEqualTo(50_000);
        assertThat(p.team().skill("javascript")).isEqualTo(5);
        assertThat(p.workload().ml()).isEqualTo("inference");
        assertThat(d.hits())
                .anyMatch(h -> h.matched().equals("50k users")
                        && h.fields().get("workload.concurrent_connections").equals("50000"));
    }

    @Test
    void theIssueExampleGetsANodeVerdictWithPythonAsTheMlPath() {
        Verdict v = Fixtures.advisor()
                .advise(Fixtures.advisor().describe(ISSUE_EXAMPLE).profile(), Fixtures.run());
        assertThat(v.winner().id()).startsWith("node-");
        assertThat(v.sensitivity().flips())
                .anyMatch(f -> f.criterion().equals("ai_ml") && f.challenger().contains("python"));
    }

    @Test
    void theFirstPhraseToSetAFieldWinsAndLaterOnesAreShownAsIgnored() {
        Advisor.Description d = Fixtures.advisor().describe("a chat with live notifications");
        assertThat(d.profile().workload().realtime()).isEqualTo("core");
        assertThat(d.hits()).anyMatch(h -> h.fields().values().stream().anyMatch(v -> v.contains("ignored")));
    }

    @Test
    void textWithNoKnownPhraseGivesTheDefaultProfile() {
        Advisor.Description d = Fixtures.advisor().describe("something");
        assertThat(d.hits()).isEmpty();
        assertThat(d.profile().workload().realtime()).isEqualTo("none");
    }

    @Test
    void quotesInTheTextCannotBreakTheGeneratedProfile() {
        Advisor.Description d = Fixtures.advisor().describe("a \"chat\": app\\ with: [yaml] # chars");
        assertThat(d.profile().description()).isEqualTo("a \"chat\": app\\ with: [yaml] # chars");
    }
}
