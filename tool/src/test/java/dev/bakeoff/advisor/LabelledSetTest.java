package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.yaml.Yaml;
import dev.bakeoff.yaml.YamlMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The labelled described projects (test resource advisor/labelled-projects.yaml): each description goes
 * through --describe and the advisor on a recorded run; the answer's family must be one the architect
 * accepts. At least 95% must hit, every miss must be explained in the file, and a description that
 * states nothing never gets "high" confidence.
 */
@Tag("e2e")
class LabelledSetTest {
    static final double REQUIRED = 0.95;

    record Project(String text, List<String> accept, String why, String miss, boolean vague) {}

    static List<Project> projects() {
        try (InputStream in = LabelledSetTest.class.getResourceAsStream("/advisor/labelled-projects.yaml")) {
            YamlMap root = Yaml.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "labelled-projects.yaml");
            List<Project> result = new ArrayList<>();
            for (YamlMap p : root.listOfMaps("projects")) {
                p.allowOnly(Set.of("text", "accept", "why", "miss", "vague"));
                result.add(new Project(
                        p.requiredString("text"),
                        p.requiredStringList("accept"),
                        p.requiredString("why"),
                        p.optionalString("miss").orElse(""),
                        p.optionalBoolean("vague").orElse(false)));
            }
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String answer(String text, RunMetrics run) {
        Advisor a = Fixtures.advisor();
        return ArticleCheck.family(
                a.advise(a.describe(text).profile(), run).winner().id());
    }

    @ParameterizedTest(name = "{0} fixture")
    @ValueSource(strings = {"good", "degraded"})
    void atLeast95PercentOfTheLabelledProjectsGetAnAcceptedFamilyAndEveryMissIsExplained(String which) {
        RunMetrics run = which.equals("good") ? Fixtures.run() : Fixtures.degraded();
        List<Project> projects = projects();
        assertThat(projects).hasSizeGreaterThanOrEqualTo(60);
        int hits = 0;
        List<String> unexplained = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Project p : projects) {
            String got = answer(p.text(), run);
            if (p.accept().contains(got)) {
                hits++;
            } else {
                report.append("  MISS ")
                        .append(got)
                        .append(" not in ")
                        .append(p.accept())
                        .append(": ")
                        .append(p.text())
                        .append('\n');
                if (p.miss().isBlank()) {
                    unexplained.add(p.text() + " -> " + got);
                }
            }
        }
        double rate = (double) hits / projects.size();
        System.out.printf(
                "labelled set on the %s fixture (run %s): %d of %d hit (%.1f%%)%n%s",
                which, run.runId(), hits, projects.size(), 100 * rate, report);
        assertThat(unexplained)
                .as("misses without an explanation in labelled-projects.yaml")
                .isEmpty();
        assertThat(rate).as("hit rate").isGreaterThanOrEqualTo(REQUIRED);
    }

    @ParameterizedTest(name = "{0} fixture")
    @ValueSource(strings = {"good", "degraded"})
    void aDescriptionThatStatesNothingSaysSoAndIsNeverHighConfidence(String which) {
        RunMetrics run = which.equals("good") ? Fixtures.run() : Fixtures.degraded();
        for (Project p : projects()) {
            if (!p.vague()) {
                continue;
            }
            Advisor a = Fixtures.advisor();
            Verdict v = a.advise(a.describe(p.text()).profile(), run);
            assertThat(v.confidence().level()).as(p.text()).isNotEqualTo(Verdict.Confidence.Level.HIGH);
            assertThat(v.notes()).as(p.text()).anyMatch(n -> n.startsWith("The profile states nothing"));
        }
    }
}
