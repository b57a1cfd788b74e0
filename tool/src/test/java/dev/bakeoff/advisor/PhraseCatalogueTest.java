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
        assertThat(p.workload().realtime().word()).isEqualTo("core");
        assertThat(p.workload().concurrentConnections()).isEqualTo(50_000);
        assertThat(p.team().skill("javascript")).isEqualTo(5);
        assertThat(p.workload().ml().word()).isEqualTo("inference");
        assertThat(d.hits())
                .anyMatch(h -> h.matched().equals("50k users")
                        && h.fields().get("workload.concurrent_connections").equals("50000"));
    }

    @Test
    void theIssueExampleGetsANodeVerdictWithPythonAsTheMlPathRemark() {
        Verdict v = Fixtures.advisor()
                .advise(Fixtures.advisor().describe(ISSUE_EXAMPLE).profile(), Fixtures.run());
        assertThat(v.winner().id()).startsWith("node-");
        assertThat(v.sensitivity().flips())
                .anyMatch(f -> f.criterion().equals("ai_ml") && f.challenger().contains("python"));
    }

    @Test
    void theFirstPhraseToSetAFieldWinsAndLaterOnesAreShownAsIgnored() {
        Advisor.Description d = Fixtures.advisor().describe("a chat with live notifications");
        assertThat(d.profile().workload().realtime().word()).isEqualTo("core");
        assertThat(d.hits()).anyMatch(h -> h.fields().values().stream().anyMatch(v -> v.contains("ignored")));
    }

    @Test
    void textWithNoKnownPhraseGivesTheDefaultProfile() {
        Advisor.Description d = Fixtures.advisor().describe("something");
        assertThat(d.hits()).isEmpty();
        assertThat(d.profile().workload().realtime().word()).isEqualTo("none");
    }

    @Test
    void quotesInTheTextCannotBreakTheGeneratedProfile() {
        Advisor.Description d = Fixtures.advisor().describe("a \"chat\": app\\ with: [yaml] # chars");
        assertThat(d.profile().description()).isEqualTo("a \"chat\": app\\ with: [yaml] # chars");
    }

    private static Profile read(String text) {
        return Fixtures.advisor().describe(text).profile();
    }

    @Test
    void numbersKeepTheirThousandsSeparatorsAndUnits() {
        assertThat(read("50,000 concurrent users").workload().concurrentConnections())
                .isEqualTo(50_000);
        assertThat(read("100k sockets").workload().concurrentConnections()).isEqualTo(100_000);
        assertThat(read("about 2k rps at peak").requirements().peakRps()).isEqualTo(2000);
        assertThat(read("3,000 messages per second.").requirements().peakRps()).isEqualTo(3000);
        assertThat(read("p99 under 50 ms").requirements().p99Ms()).isEqualTo(50);
        assertThat(read("responses within 2 s").requirements().p99Ms()).isEqualTo(2000);
        assertThat(read("a 10 GB dataset").requirements().datasetGb()).isEqualTo(10);
        assertThat(read("8 cores and $300 per month").requirements().cores()).isEqualTo(8);
        assertThat(read("8 cores and $300 per month").requirements().budgetUsdMonth())
                .isEqualTo(300);
    }

    @Test
    void negationsAreReadAsSuch() {
        assertThat(read("our team does not know Python").team().skills()).containsEntry("python", 0);
        assertThat(read("our team does not know Python and writes TypeScript")
                        .team()
                        .skills())
                .containsEntry("python", 0)
                .containsEntry("javascript", 5);
        assertThat(read("we must not use Node.js").constraints().exclude()).containsExactly("node");
        assertThat(read("no Python allowed; must not use Node.js").constraints().exclude())
                .containsExactlyInAnyOrder("python", "node");
        assertThat(read("our platform is Java-only").constraints().runtimeOnly())
                .containsExactly("jvm");
        assertThat(read("we can only deploy JVM services").constraints().runtimeOnly())
                .containsExactly("jvm");
        assertThat(read("we only run Node in production").constraints().runtimeOnly())
                .containsExactly("node");
    }

    @Test
    void frameworksNameTheTeamAndAFrontendIsNotABackendTeam() {
        Profile insurer = read("the department has standardised on Spring Boot and Kotlin");
        assertThat(insurer.team().frameworks()).containsKeys("spring", "kotlin");
        assertThat(read("engineers who tune HotSpot for a living").team().frameworks())
                .containsKey("hotspot");
        Profile react = read("a React frontend for our shop");
        assertThat(react.team().frontend().word()).isEqualTo("javascript");
        assertThat(react.team().stated()).isFalse();
    }

    @Test
    void anInProcessLibraryIsAHardConstraint() {
        assertThat(read("runs a scikit-learn classifier in-process on every message")
                        .constraints()
                        .mustRunInProcess())
                .containsExactly("scikit-learn");
        assertThat(read("a LightGBM model in the request path").constraints().mustRunInProcess())
                .containsExactly("lightgbm");
    }

    @Test
    void wordsThatOnlyLookLikeATraitDoNotSetIt() {
        assertThat(read("we live in Jupyter").workload().realtime().word()).isEqualTo("none");
        assertThat(read("nightly batch reports, not real-time").workload().realtime())
                .isEqualTo(Profile.Share.NONE);
    }

    @Test
    void languagesBakeoffDoesNotOfferAreSaidSo() {
        Verdict v = Fixtures.advisor().advise(read("Our Go team needs a new HTTP API."), Fixtures.run());
        assertThat(v.notes()).anyMatch(n -> n.startsWith("Bakeoff does not offer go"));
    }
}
