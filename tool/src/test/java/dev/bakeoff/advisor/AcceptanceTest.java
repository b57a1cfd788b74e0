package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.RunMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every scenario of the articles (decision-anchors.md A3) as a profile in examples/ (its articles_say is
 * what the articles recommend), decided by the same method on both recorded runs. The verdict must be the
 * articles' family, or the verdict must name the measured claim that decided it, and that claim's
 * criterion must carry the deciding margin: the winner's gain on it, recomputed here from the verdict's
 * own scores, must be at least the winner's whole lead over the articles' best option.
 */
class AcceptanceTest {
    static final List<String> SCENARIOS = List.of(
            "saas-rest-api",
            "web-api-backend",
            "realtime-chat",
            "ecommerce-high-traffic",
            "streaming-platform",
            "collaborative-tool",
            "gaming-server",
            "live-dashboard",
            "microservices-high-concurrency",
            "saas-platform-scalable",
            "typescript-team",
            "bi-data-pipeline",
            "llm-feature-backend",
            "recommendations-predictive",
            "analytics-dashboard",
            "financial-modeling",
            "scientific-research",
            "rapid-prototype-startup",
            "automation-scraping",
            "complex-web-application",
            "beginner-team",
            "healthtech-diagnostics");

    static Stream<Arguments> cases() {
        return SCENARIOS.stream().flatMap(s -> Stream.of(Arguments.of(s, "good"), Arguments.of(s, "degraded")));
    }

    private static RunMetrics fixture(String which) {
        return which.equals("good") ? Fixtures.run() : Fixtures.degraded();
    }

    @ParameterizedTest(name = "{0} on the {1} fixture")
    @MethodSource("cases")
    void reachesTheArticlesFamilyOrNamesTheMeasuredClaimThatCarriesTheMargin(String example, String which) {
        Profile p = Fixtures.example(example);
        assertThat(p.articlesSay()).as("%s states articles_say", example).isNotEmpty();
        Verdict v = Fixtures.advisor().advise(p, fixture(which));
        if (family(v.winner().id()).equals(p.articlesSay())) {
            return;
        }
        String note = v.notes().stream()
                .filter(n -> n.startsWith("Against the articles"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(example + ": "
                        + v.winner().id() + " goes against the articles (" + p.articlesSay() + ") without a note"));
        Matcher claim =
                Pattern.compile("Measured claim (\\w+) on it is contradicted").matcher(note);
        Matcher criterion = Pattern.compile("deciding criterion (\\w+)").matcher(note);
        assertThat(claim.find())
                .as("%s: the note names no measured claim: %s", example, note)
                .isTrue();
        assertThat(criterion.find()).isTrue();
        Claim c = Fixtures.kb().claims().stream()
                .filter(x -> x.id().equals(claim.group(1)))
                .findFirst()
                .orElseThrow();
        assertThat(c.criterion()).isEqualTo(criterion.group(1));
        Verdict.OptionScores win = v.options().stream()
                .filter(o -> o.id().equals(v.winner().id()))
                .findFirst()
                .orElseThrow();
        Verdict.OptionScores best = v.options().stream()
                .filter(o -> family(o.id()).equals(p.articlesSay()))
                .findFirst()
                .orElseThrow();
        double gain = contribution(win, c.criterion()) - contribution(best, c.criterion());
        assertThat(gain)
                .as("%s: claim %s's criterion %s must carry the margin", example, c.id(), c.criterion())
                .isGreaterThanOrEqualTo(win.total() - best.total());
    }

    @ParameterizedTest(name = "{0} fixture")
    @ValueSource(strings = {"good", "degraded"})
    void financialModelingIsPythonOnEveryRecordedRun(String which) {
        Verdict v = Fixtures.advisor().advise(Fixtures.example("financial-modeling"), fixture(which));
        assertThat(family(v.winner().id())).isEqualTo("python");
    }

    private static double contribution(Verdict.OptionScores o, String criterion) {
        return o.criteria().stream()
                .filter(c -> c.criterion().equals(criterion))
                .mapToDouble(Verdict.CriterionScore::contribution)
                .sum();
    }

    @ParameterizedTest
    @CsvSource({"realtime-chat, node, python", "bi-data-pipeline, python, node", "llm-feature-backend, python, node"})
    void withoutARunTheArticlesSideStillRanksAboveTheOtherAndConfidenceIsLow(
            String example, String better, String worse) {
        Verdict v = Fixtures.advisor().advise(Fixtures.example(example), null);
        assertThat(bestRank(v, better)).isLessThan(bestRank(v, worse));
        assertThat(v.confidence().level()).isEqualTo(Verdict.Confidence.Level.LOW);
        assertThat(v.notes()).anyMatch(n -> n.startsWith("No stored run"));
    }

    @Test
    void noScenarioIsNamedInTheKnowledgeBaseOrTheCode() throws IOException {
        List<String> scenarios;
        try (Stream<Path> files = Files.list(Fixtures.examples())) {
            scenarios = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.replace(".yaml", ""))
                    .toList();
        }
        Path main = Fixtures.examples().getParent().resolve("tool/src/main");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String relative = main.relativize(f).toString();
                if (!relative.contains("advisor") && !relative.contains("knowledge")) {
                    continue;
                }
                String text = Files.readString(f);
                for (String s : scenarios) {
                    assertThat(text).as("%s names scenario %s", f, s).doesNotContain(s);
                }
            }
        }
    }

    private static int bestRank(Verdict v, String family) {
        return v.ranking().stream()
                .filter(r -> family(r.id()).equals(family))
                .mapToInt(Verdict.RankedOption::rank)
                .min()
                .orElseThrow();
    }

    static String family(String option) {
        if (option.contains("+")) {
            return "hybrid";
        }
        return option.substring(0, option.indexOf('-'));
    }
}
