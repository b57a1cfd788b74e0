package dev.bakeoff.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The report as one self-contained HTML file: CSS inline, charts inline SVG, the content embedded as
 * JSON (so the numbers stay inspectable), and nothing that the browser would fetch.
 */
final class HtmlReport {
    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private HtmlReport() {}

    static String render(ReportContent c, String json) {
        SvgCharts charts = new SvgCharts(new Palette(c.stacks()));
        Html body = new Html();
        HtmlVerdict.append(body, c, charts);
        HtmlEvidence.sideBySide(body, c);
        HtmlEvidence.claims(body, c);
        HtmlEvidence.charts(body, c, charts);
        HtmlEvidence.environment(body, c);
        return Template.load("report/report.html")
                .fill(Map.of(
                        "title", Html.esc(c.title()),
                        "css", Template.resourceText("report/report.css"),
                        "subtitle", Html.esc(subtitle(c)),
                        "toc", toc(c),
                        "body", body.toString(),
                        "data", scriptSafe(json)));
    }

    static String subtitle(ReportContent c) {
        return "run " + c.run().runId() + " · " + WHEN.format(c.run().started()) + " · "
                + c.run().status()
                + " · preset " + c.plan().preset() + " · " + String.join(", ", c.stacks()) + " · "
                + c.environment().oneLine();
    }

    private static String toc(ReportContent c) {
        Html h = new Html();
        h.raw("<a href=\"#verdict\">Verdict</a><a href=\"#side-by-side\">Side by side</a>")
                .raw("<a href=\"#claims\">Claims</a><a href=\"#workloads\">Workloads</a>");
        c.workloads()
                .forEach(w -> h.raw("<a class=\"sub\" href=\"#w-")
                        .text(w.workload())
                        .raw("\">")
                        .text(w.workload())
                        .raw("</a>"));
        return h.raw("<a href=\"#environment\">Environment</a>").toString();
    }

    /**
     * An SVG element for inlining in HTML5, which needs no XML namespaces; dropping them keeps the page
     * free of any URL outside text.
     */
    static String inline(String svg) {
        return svg.replaceAll(" xmlns(:\\w+)?=(\"[^\"]*\"|'[^']*')", "");
    }

    /** JSON inside a script element: no "<" can close it early; the escapes stay valid JSON. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }
}
