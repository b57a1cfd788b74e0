package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bakeoff.model.BadInputException;
import org.junit.jupiter.api.Test;

/** Profiles: defaults, aliases, and bad or contradictory input named by field and file:line. */
class ProfileReaderTest {

    @Test
    void leavesUnsetFieldsAtTheirDocumentedDefaults() {
        Profile p = Fixtures.profile("name: x\n");
        assertThat(p.workload().concurrentConnections()).isEqualTo(100);
        assertThat(p.workload().realtime().word()).isEqualTo("none");
        assertThat(p.workload().ml().word()).isEqualTo("none");
        assertThat(p.team().frontend().word()).isEqualTo("none");
        assertThat(p.priorities()).isEmpty();
    }

    @Test
    void typescriptSkillCountsAsJavascript() {
        Profile p = Fixtures.profile("team:\n  skills: {typescript: 4, javascript: 2}\n");
        assertThat(p.team().skill("javascript")).isEqualTo(4);
    }

    @Test
    void aMisspelledFieldIsNamedWithItsLineAndASuggestion() {
        assertThatThrownBy(() -> Fixtures.profile("name: x\nworkload:\n  realtim: core\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("test.yaml:3")
                .hasMessageContaining("workload.realtim")
                .hasMessageContaining("did you mean 'realtime'");
    }

    @Test
    void aValueOutsideTheAllowedSetIsNamedWithTheChoices() {
        assertThatThrownBy(() -> Fixtures.profile("workload:\n  ml: deep\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("test.yaml:2")
                .hasMessageContaining("workload.ml")
                .hasMessageContaining("inference");
    }

    @Test
    void aPriorityOutOfRangeIsRejected() {
        assertThatThrownBy(() -> Fixtures.profile("priorities:\n  hosting_cost: 9\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("test.yaml:2")
                .hasMessageContaining("priorities.hosting_cost");
    }

    @Test
    void anUnknownLibraryInAConstraintIsRejected() {
        assertThatThrownBy(() -> Fixtures.profile("constraints:\n  must_run_in_process: [pytorh]\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("test.yaml:2")
                .hasMessageContaining("constraints.must_run_in_process")
                .hasMessageContaining("pytorch");
    }

    @Test
    void jvmOnlyPlusInProcessPytorchIsAContradictionNamingBothFields() {
        Profile p =
                Fixtures.profile("name: x\nconstraints:\n  runtime_only: [jvm]\n  must_run_in_process: [pytorch]\n");
        assertThatThrownBy(() -> Fixtures.advisor().advise(p, null))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("contradict")
                .hasMessageContaining("constraints.runtime_only (test.yaml:3)")
                .hasMessageContaining("constraints.must_run_in_process (test.yaml:4)");
    }

    @Test
    void constraintsExcludeOptionsAndTheVerdictListsWhy() {
        Profile p = Fixtures.profile("constraints:\n  runtime_only: [jvm]\n  exclude: [java-vertx]\n");
        Verdict v = Fixtures.advisor().advise(p, null);
        assertThat(v.ranking()).extracting(Verdict.RankedOption::id).containsExactly("java-spring");
        assertThat(v.excluded())
                .anyMatch(e -> e.option().equals("java-vertx") && e.field().equals("constraints.exclude"));
        assertThat(v.reasons().getFirst()).startsWith("Constraints:").contains("excluded by name: excludes java-vertx");
        assertThat(v.reasons()).contains("it is the only option left after the hard constraints");
    }

    @Test
    void inProcessPytorchKeepsPythonAndItsHybrids() {
        Profile p = Fixtures.profile("constraints:\n  must_run_in_process: [pytorch]\n");
        Verdict v = Fixtures.advisor().advise(p, null);
        assertThat(v.ranking()).extracting(Verdict.RankedOption::id).allMatch(id -> id.contains("python"));
    }
}
