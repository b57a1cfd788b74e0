package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every scenario of the articles (decision-anchors.md A3) as a profile in examples/, decided by the same
 * method and data on the labelled run fixture. The verdict must be the articles', or, where the fixture's
 * measurements contradict the article, the verdict must say which claim and why.
 */
class AcceptanceTest {

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource({
        "saas-rest-api, node, 002: share TypeScript types with a Next.js frontend",
        "web-api-backend, node, 002: most web API backends",
        "realtime-chat, node, 000 004 001: real-time chat",
        "ecommerce-high-traffic, node, 000: high-traffic e-commerce",
        "streaming-platform, node, 000 004: streaming",
        "collaborative-tool, node, 000 004: live collaboration",
        "gaming-server, node, 004: gaming servers",
        "live-dashboard, node, 004: live dashboards",
        "microservices-high-concurrency, node, 000 001 003: high-concurrency microservices",
        "saas-platform-scalable, node, 003: scalable SaaS platforms",
        "typescript-team, node, 001 002 003 004: TypeScript-first team",
        "bi-data-pipeline, python, 002: pandas and polars",
        "llm-feature-backend, python, 002: LangChain and LlamaIndex are Python-first",
        "recommendations-predictive, python, 000: predictive analytics and recommendations",
        "analytics-dashboard, python, 000: data analytics dashboards",
        "financial-modeling, python, 000: financial modeling",
        "scientific-research, python, 001 002: scientific computing and academic teams",
        "rapid-prototype-startup, python, 001 004: rapid prototyping",
        "automation-scraping, python, 004: automation and scraping",
        "complex-web-application, python, 003: complex web applications",
        "beginner-team, python, 003 004: beginners and readability",
        "healthtech-diagnostics, hybrid, 000: Python for ML and Node.js for the real-time interface"
    })
    void reachesTheArticlesVerdictOrSaysWhyNot(String example, String family, String because) {
        Verdict v = Fixtures.advisor().advise(Fixtures.example(example), Fixtures.run());
        if (family(v.winner().id()).equals(family)) {
            return;
        }
        assertThat(v.notes())
                .as(
                        "%s: winner %s is not the articles' %s, so the verdict must say which measurement contradicts them",
                        example, v.winner().id(), family)
                .anyMatch(n -> n.contains("is contradicted"));
    }

    @ParameterizedTest
    @CsvSource({"realtime-chat, node, python", "bi-data-pipeline, python, node", "llm-feature-backend, python, node"})
    void withoutARunTheArticlesSideStillRanksAboveTheOtherAndConfidenceIsLow(
            String example, String better, String worse) {
        Verdict v = Fixtures.advisor().advise(Fixtures.example(example), null);
        assertThat(bestRank(v, better)).isLessThan(bestRank(v, worse));
        assertThat(v.confidence().level()).isEqualTo("low");
        assertThat(v.notes()).anyMatch(n -> n.startsWith("No stored run"));
    }

    @Test
    void aMeasurementThatContradictsAnArticleIsReportedEvenWhenTheVerdictAgrees() {
        Verdict v = Fixtures.advisor().advise(Fixtures.example("financial-modeling"), Fixtures.run());
        assertThat(family(v.winner().id())).isEqualTo("python");
        assertThat(v.notes()).anyMatch(n -> n.contains("claim P6") && n.contains("cpu/max_rps"));
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
