package dev.bakeoff.report;

import dev.bakeoff.advisor.Verdict;
import dev.bakeoff.model.Environment;
import dev.bakeoff.model.Metric;
import dev.bakeoff.model.Plan;
import java.util.ArrayList;
import java.util.List;

/** The evidence sections: the side-by-side table, the claim check, the charts, environment and plan. */
final class HtmlEvidence {
    private HtmlEvidence() {}

    static void sideBySide(Html h, ReportContent c) {
        h.section("side-by-side", "Side by side, measured");
        h.el(
                "p",
                "small muted",
                "Medians with their 95% intervals. A winner is named only where its interval "
                        + "does not overlap the others'; ⚑ marks figures that are not evidence (see the note).");
        h.open("table", "data side").raw("<thead><tr>").el("th", "", "criterion");
        c.stacks().forEach(s -> h.el("th", "", s));
        h.el("th", "", "winner").raw("</tr></thead><tbody>");
        for (ReportContent.Row r : c.sideBySide()) {
            h.raw("<tr>")
                    .open("td", "")
                    .text(r.criterion())
                    .el("span", "unit", " " + r.workload() + ", " + r.unit() + (r.higherIsBetter() ? ", ↑" : ", ↓"))
                    .close("td");
            for (ReportContent.Cell cell : r.cells()) {
                cell(h, cell.metric(), r.winner().equals(cell.stack()));
            }
            h.el("td", r.winner().startsWith("tie") || r.winner().startsWith("none") ? "tie" : "winner", r.winner());
            h.raw("</tr>");
        }
        h.raw("</tbody></table></section>");
    }

    private static void cell(Html h, Metric m, boolean best) {
        if (m == null) {
            h.el("td", "muted", "—");
            return;
        }
        h.open("td", best ? "num best" : "num");
        h.el("span", "median", Labels.number(m.median()));
        if (m.low() != m.high()) {
            h.el("span", "interval", " [" + Labels.number(m.low()) + "–" + Labels.number(m.high()) + "]");
        }
        if (m.flagged()) {
            h.raw("<span class=\"flag\" title=\"").text(m.note()).raw("\"> ⚑</span>");
        }
        h.close("td");
    }

    static void claims(Html h, ReportContent c) {
        h.section("claims", "The articles' claims, checked on this machine");
        h.open("table", "data claims")
                .raw(
                        "<thead><tr><th>claim</th><th>made by</th><th>outcome</th><th>what decided it</th></tr></thead><tbody>");
        for (Verdict.ClaimCheck k : c.claims()) {
            h.raw("<tr>")
                    .el("td", "", k.claim())
                    .el("td", "small", String.join(", ", k.seeds()))
                    .open("td", "")
                    .el(
                            "span",
                            "badge outcome-" + k.outcome().word().replace(' ', '-'),
                            k.outcome().word())
                    .close("td")
                    .el("td", "small", k.detail())
                    .raw("</tr>");
        }
        h.raw("</tbody></table>");
        if (c.claims().isEmpty()) {
            h.el("p", "muted", "No claims were checked.");
        }
        h.raw("</section>");
    }

    static void charts(Html h, ReportContent c, SvgCharts charts) {
        h.section("workloads", "Per workload");
        if (c.capacity() != null) {
            h.el("h3", "", "Capacity at the SLO, per app core");
            figure(
                    h,
                    c.capacity(),
                    charts,
                    "Highest open-model rate with p99 under the workload's SLO and errors "
                            + "under 1%, divided by the app's cores. Whiskers: 95% intervals.");
        }
        for (ReportContent.WorkloadCharts w : c.workloads()) {
            h.raw("<div class=\"workload\" id=\"w-").text(w.workload()).raw("\">");
            h.open("h3", "")
                    .text(w.workload())
                    .el("span", "unit", " " + w.description())
                    .close("h3");
            h.open("div", "charts");
            for (Chart chart : w.charts()) {
                figure(h, chart, charts, "");
            }
            h.close("div");
            metrics(h, c, w.workload());
            h.raw("</div>");
        }
        h.raw("</section>");
    }

    private static void metrics(Html h, ReportContent c, String workload) {
        List<List<String>> rows = new ArrayList<>();
        c.metrics().stream()
                .filter(m -> m.workload().id().equals(workload) && !m.name().equals("failed"))
                .forEach(m -> rows.add(List.of(
                        m.stack(),
                        Labels.metric(m.name()),
                        Labels.withInterval(m.median(), m.low(), m.high()) + " " + m.unit(),
                        String.valueOf(m.trials()),
                        (m.flagged() ? "⚑ " : "") + m.note())));
        c.metrics().stream()
                .filter(m -> m.workload().id().equals(workload) && m.name().equals("failed"))
                .forEach(m -> rows.add(List.of(m.stack(), "FAILED", "", String.valueOf(m.trials()), m.note())));
        h.open("details", "").el("summary", "", "All figures of " + workload);
        h.table("data compact", List.of("stack", "metric", "median [95% interval]", "trials", "note"), rows);
        h.close("details");
    }

    static void figure(Html h, Chart chart, SvgCharts charts, String caption) {
        h.open("figure", "chart").el("figcaption", "chart-title", chart.title());
        h.raw(HtmlReport.inline(charts.svg(chart)));
        if (!caption.isEmpty()) {
            h.el("figcaption", "small muted", caption);
        }
        if (chart instanceof Chart.Bars b && b.bars().stream().anyMatch(Chart.Bar::flagged)) {
            boolean perStack =
                    b.bars().stream().map(Chart.Bar::series).distinct().count() == 1;
            h.el(
                    "figcaption",
                    "small flag",
                    "⚑ faded bars are flagged, not evidence: "
                            + b.bars().stream()
                                    .filter(Chart.Bar::flagged)
                                    .map(x -> perStack ? x.category() : x.category() + " " + x.series())
                                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        h.close("figure");
    }

    static void environment(Html h, ReportContent c) {
        h.section("environment", "Environment and plan, to reproduce it");
        Environment e = c.environment();
        List<List<String>> rows = new ArrayList<>(List.of(
                List.of("machine", e.oneLine()),
                List.of("java", e.javaVersion()),
                List.of("bakeoff", e.toolVersion() + " (commit " + e.gitCommit() + ")")));
        e.versions().forEach((stack, v) -> rows.add(List.of(stack, v)));
        h.table("data kv", List.of("", ""), rows);
        Plan p = c.plan();
        h.el(
                "p",
                "",
                "Preset " + p.preset() + ", " + p.rounds() + " round(s); each step " + p.warmupSeconds()
                        + " s warm-up + " + p.measureSeconds() + " s measured"
                        + (p.warmupMaxSeconds() > 0
                                ? " (an endpoint's first closed-model step warms up until its throughput stops"
                                        + " rising, at most " + p.warmupMaxSeconds() + " s)"
                                : "")
                        + "; app on core(s) "
                        + p.cpus().appList()
                        + ", load generator on core(s) " + p.cpus().loadList() + "; dataset " + p.datasetRows()
                        + " rows; estimated " + Math.round(p.estimatedSeconds()) + " s.");
        List<List<String>> steps = new ArrayList<>();
        p.steps().forEach(s -> steps.add(List.of(s.workload().id(), s.level(), s.what(), Labels.number(s.seconds()))));
        h.open("details", "").el("summary", "", "Every step of the plan (" + steps.size() + ")");
        h.table("data compact", List.of("workload", "step", "what", "seconds"), steps);
        h.close("details");
        h.el("p", "", "To measure and report again:");
        h.open("pre", "");
        c.rerun().forEach(line -> h.text(line).raw("\n"));
        h.close("pre");
        h.raw("</section>");
    }
}
