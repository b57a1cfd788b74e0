package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bakeoff.model.BadInputException;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** advise --interactive: requirements, team and constraint questions; answers as profile YAML; Ctrl-D aborts. */
class InterviewTest {
    private static Advisor.Answers answer(String lines) {
        return Fixtures.advisor()
                .interview(new BufferedReader(new StringReader(lines)), new PrintWriter(new StringWriter()));
    }

    /** Enter for every question after {@code given}; 40 is more than the interview asks. */
    private static String rest(String given) {
        return given + "\n".repeat(40);
    }

    @Test
    void asksForRequirementsTeamAndConstraintsAndReturnsAReadableProfile() {
        StringWriter shown = new StringWriter();
        Fixtures.advisor().interview(new BufferedReader(new StringReader(rest(""))), new PrintWriter(shown));
        assertThat(shown.toString())
                .contains("Peak requests per second")
                .contains("p99 latency budget")
                .contains("Libraries that must run inside the app's process")
                .contains("Runtimes you may deploy")
                .contains("Backend frameworks the team knows well");
    }

    @Test
    void theAnswersBecomeAProfileFileWithRequirementsFrameworksAndConstraints() {
        // name, peak rps, p99, connections, realtime, cpu, ml, data, database, rows, cores, budget, js, python, java,
        // frameworks, frontend, beginners, in-process libraries, runtimes, exclude
        Advisor.Answers a = answer(
                rest(
                        "fraud\n2,000\n50\n\n\n\ninference\n\nheavy\n\n4\n\n0\n\n\nspring\n\n\nscikit-learn\n\npython-django\n"));
        Profile p = a.profile();
        assertThat(p.name()).isEqualTo("fraud");
        assertThat(p.requirements().peakRps()).isEqualTo(2000);
        assertThat(p.requirements().p99Ms()).isEqualTo(50);
        assertThat(p.requirements().cores()).isEqualTo(4);
        assertThat(p.workload().database().word()).isEqualTo("heavy");
        assertThat(p.team().skills()).containsEntry("javascript", 0).doesNotContainKey("python");
        assertThat(p.team().frameworks()).containsEntry("spring", 4);
        assertThat(p.constraints().mustRunInProcess()).containsExactly("scikit-learn");
        assertThat(p.constraints().exclude()).containsExactly("python-django");
        Profile saved = Fixtures.advisor().parseProfile(a.yaml(), "saved.yaml");
        assertThat(saved.requirements()).isEqualTo(p.requirements());
        assertThat(saved.constraints()).isEqualTo(p.constraints());
        assertThat(saved.workload()).isEqualTo(p.workload());
    }

    @Test
    void endOfInputBeforeTheLastQuestionAbortsInsteadOfAcceptingTheDefaults() {
        assertThatThrownBy(() -> answer("my project\n100\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("--interactive")
                .hasMessageContaining("input ended (Ctrl-D)")
                .hasMessageContaining("nothing was saved");
    }
}
