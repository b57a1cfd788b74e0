package dev.bakeoff.report;

import dev.bakeoff.advisor.Verdict;
import dev.bakeoff.model.Metric;

/** The same content as the HTML, as Markdown; charts are the SVG files written beside it in charts/. */
final class MarkdownReport {
    private MarkdownReport() {}

    static String render(ReportContent c) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(text(c.title())).append("\n\n");
        md.append(text(HtmlReport.subtitle(c))).append("\n\n");
        verdict(md, c);
        md.append(
                        "## Side by side, measured\n\nMedians with 95% intervals; a winner only where intervals do not overlap; "
                                + "⚑ = not evidence.\n\n| criterion | ")
                .append(String.join(
                        " | ", c.stacks().stream().map(MarkdownReport::text).toList()))
                .append(" | winner |\n|---|")
                .append("---|".repeat(c.stacks().size()))
                .append("---|\n");
        for (ReportContent.Row r : c.sideBySide()) {
            md.append("| ")
                    .append(text(r.criterion() + " (" + r.workload() + ", " + r.unit() + ")"))
                    .append(" | ");
            for (ReportContent.Cell cell : r.cells()) {
                md.append(cell(cell.metric())).append(" | ");
            }
            md.append(text(r.winner())).append(" |\n");
        }
        md.append(
                "\n## The articles' claims, checked on this machine\n\n| claim | made by | outcome | what decided it |\n|---|---|---|---|\n");
        for (Verdict.ClaimCheck k : c.claims()) {
            md.append("| ")
                    .append(text(k.claim()))
                    .append(" | ")
                    .append(text(String.join(", ", k.seeds())))
                    .append(" | **")
                    .append(text(k.outcome().word()))
                    .append("** | ")
                    .append(text(k.detail()))
                    .append(" |\n");
        }
        md.append("\n## Per workload\n\n");
        if (c.capacity() != null) {
            image(md, c.capacity());
        }
        for (ReportContent.WorkloadCharts w : c.workloads()) {
            md.append("### ")
                    .append(text(w.workload()))
                    .append(": ")
                    .append(text(w.description()))
                    .append("\n\n");
            w.charts().forEach(chart -> image(md, chart));
        }
        md.append("## Environment and plan\n\n");
        md.append("- machine: ").append(text(c.environment().oneLine())).append('\n');
        md.append("- java ")
                .append(text(c.environment().javaVersion()))
                .append(", bakeoff ")
                .append(text(c.environment().toolVersion()))
                .append(" (commit ")
                .append(text(c.environment().gitCommit()))
                .append(")\n");
        c.environment()
                .versions()
                .forEach((s, v) -> md.append("- ")
                        .append(text(s))
                        .append(": ")
                        .append(text(v))
                        .append('\n'));
        md.append("- plan: preset ")
                .append(c.plan().preset())
                .append(", ")
                .append(c.plan().rounds())
                .append(" round(s), ")
                .append(c.plan().steps().size())
                .append(" steps per stack\n\n```\n");
        c.rerun().forEach(line -> md.append(line).append('\n'));
        return md.append("```\n").toString();
    }

    private static void verdict(StringBuilder md, ReportContent c) {
        Verdict v = c.verdict();
        md.append("## Verdict\n\n");
        if (v == null) {
            md.append("No profile was given, so there is no verdict. Add `--profile PROFILE.yaml` for one.\n\n");
            return;
        }
        md.append("**Recommended for ")
                .append(text(v.profileName()))
                .append(": ")
                .append(text(v.winner().name()))
                .append("** (score ")
                .append(Labels.number(v.winner().score()))
                .append("; confidence ")
                .append(text(v.confidence().level().word()))
                .append(": ")
                .append(text(v.confidence().reason()))
                .append(")\n\n");
        for (int i = 0; i < v.reasons().size(); i++) {
            md.append(i + 1).append(". ").append(text(v.reasons().get(i))).append('\n');
        }
        v.notes().forEach(n -> md.append("\n> ").append(text(n)).append('\n'));
        md.append("\n| # | option | score |\n|---|---|---|\n");
        v.ranking()
                .forEach(r -> md.append("| ")
                        .append(r.rank())
                        .append(" | ")
                        .append(text(r.name()))
                        .append(" | ")
                        .append(Labels.number(r.score()))
                        .append(" |\n"));
        md.append("\n### Sensitivity\n\n");
        if (c.sensitivity() != null) {
            image(md, c.sensitivity());
        }
        v.sensitivity()
                .flips()
                .forEach(f -> md.append("- ").append(text(f.sentence())).append('\n'));
        md.append('\n');
    }

    private static String cell(Metric m) {
        if (m == null) {
            return "—";
        }
        return Labels.withInterval(m.median(), m.low(), m.high()) + (m.flagged() ? " ⚑" : "");
    }

    private static void image(StringBuilder md, Chart chart) {
        md.append("![")
                .append(text(chart.title()))
                .append("](charts/")
                .append(chart.id())
                .append(".svg)\n\n");
    }

    /** Text safe in Markdown tables and free of HTML: pipes escaped, angle brackets as entities. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("|", "\\|")
                .replace("\n", " ");
    }
}
