package dev.bakeoff.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bakeoff.advisor.Advisor;
import dev.bakeoff.advisor.Verdict;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.stats.Summarizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a two-stack run with a verdict whose profile carries script payloads. */
class ReportsTest {
    static final String PAYLOAD = "<script>alert('x')</script>";
    static ReportContent content;
    static String html;

    @BeforeAll
    static void render() {
        StoredRun run = ReportFixtures.run();
        RunMetrics metrics = Summarizer.summarize(run);
        Advisor advisor = Advisor.load();
        Verdict verdict = advisor.advise(
                advisor.parseProfile(
                        "name: \"Chat " + PAYLOAD + "\"\ndescription: \"evil <img src=x onerror=alert(1)> {{body}}\"\n"
                                + "workload:\n  realtime: core\n  concurrent_connections: 5000\n",
                        "test.yaml"),
                metrics);
        content = Reports.content(
                run, metrics, verdict, List.of(), List.of("./bakeoff report 20260101-120000"), Instant.EPOCH);
        html = Reports.html(content);
    }

    @Test
    void leadsWithTheVerdictThenTableClaimsWorkloadsAndEnvironmentInThatOrder() {
        List<String> ids = List.of("verdict", "side-by-side", "claims", "workloads", "environment");
        int last = -1;
        for (String id : ids) {
            int at = html.indexOf("<section id=\"" + id + "\">");
            assertThat(at).as(id).isGreaterThan(last);
            last = at;
        }
        assertThat(html).contains("Top reasons", "Ranking", "Sensitivity", "Capacity at the SLO");
    }

    @Test
    void drawsEveryChartTheIssueAsksForAsInlineSvg() {
        List<String> ids =
                ReportBuilder.allCharts(content).stream().map(Chart::id).toList();
        assertThat(ids)
                .contains(
                        "sensitivity",
                        "capacity",
                        "plaintext-throughput",
                        "plaintext-latency-fixed",
                        "io-io-overhead",
                        "io-io-rss",
                        "ws-memory",
                        "startup-ready",
                        "startup-idle");
        for (String id : ids) {
            assertThat(html).contains("<svg id='chart-" + id + "'");
        }
        assertThat(html).doesNotContain("<img");
    }

    @Test
    void sideBySideHasOneCellPerStackAndNamesAWinnerOnlyOutsideTheIntervals() {
        assertThat(content.sideBySide())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.cells()).hasSize(2));
        ReportContent.Row plaintext = content.sideBySide().getFirst();
        assertThat(plaintext.workload()).isEqualTo("plaintext");
        assertThat(plaintext.winner()).isEqualTo("node-fastify");
    }

    @Test
    void loadsNothingFromTheNetwork() {
        String markup = html.replaceAll("(?s)<script type=\"application/json\"[^>]*>.*?</script>", "")
                .replaceAll("(?s)>[^<]*<", "><");
        assertThat(markup).doesNotContainPattern("(?i)https?:").doesNotContain("//");
        assertThat(html).doesNotContainPattern("(?i)<link\\b").doesNotContainPattern("(?i)<script[^>]+src=");
        assertThat(html).doesNotContainPattern("(?i)url\\((?!#)").doesNotContain("@import");
        assertThat(html).contains("default-src 'none'");
    }

    @Test
    void userTextComesOutEscapedInHtmlMarkdownAndTheEmbeddedJson() {
        assertThat(html).doesNotContain(PAYLOAD).doesNotContain("<img src=x");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(html).contains("{{body}}"); // substituted text is never a placeholder again
        Matcher data = Pattern.compile("(?s)<script type=\"application/json\" id=\"report-data\">(.*?)</script>")
                .matcher(html);
        assertThat(data.find()).isTrue();
        assertThat(data.group(1)).doesNotContain("<");
        assertThat(Reports.markdown(content)).doesNotContain(PAYLOAD).contains("&lt;script&gt;");
    }

    @Test
    void embeddedJsonIsTheSameContentAsTheJsonFile() throws Exception {
        Matcher data = Pattern.compile("(?s)id=\"report-data\">(.*?)</script>").matcher(html);
        assertThat(data.find()).isTrue();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode embedded = mapper.readTree(data.group(1));
        assertThat(embedded).isEqualTo(mapper.readTree(Reports.json(content)));
        assertThat(embedded.at("/verdict/profileName").asText()).contains(PAYLOAD);
        assertThat(embedded.at("/capacity/kind").asText()).isEqualTo("Bars");
    }

    @Test
    void writesHtmlMarkdownJsonAndChartFiles(@TempDir Path dir) throws Exception {
        Path written = Reports.write(content, dir.resolve("out"), "--out out");
        assertThat(written).hasFileName("report.html").exists();
        assertThat(dir.resolve("out/report.md")).exists();
        assertThat(dir.resolve("out/report.json")).exists();
        assertThat(dir.resolve("out/charts/capacity.svg"))
                .content()
                .startsWith("<svg")
                .contains("xmlns");
        assertThat(Files.readString(dir.resolve("out/report.md"))).contains("](charts/capacity.svg)");
    }

    @Test
    void anUnwritableDirectoryIsBadInputNamingTheOption(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> Reports.write(content, file.resolve("sub"), "--out a-file/sub"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("--out a-file/sub");
    }
}
