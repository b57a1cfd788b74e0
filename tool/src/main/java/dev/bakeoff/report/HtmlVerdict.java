package dev.bakeoff.report;

import dev.bakeoff.advisor.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The verdict section: the answer and its reasons first, then ranking, weights and sensitivity. */
final class HtmlVerdict {
    private HtmlVerdict() {}

    static void append(Html h, ReportContent c, SvgCharts charts) {
        Verdict v = c.verdict();
        h.section("verdict", "Verdict");
        if (v == null) {
            h.el(
                    "p",
                    "muted",
                    "No profile was given, so there is no verdict: the measurements follow. "
                            + "For a recommendation, add --profile PROFILE.yaml (see examples/).");
            h.raw("</section>");
            return;
        }
        Verdict.RankedOption win = v.winner();
        h.open("div", "answer");
        h.open("div", "answer-main")
                .el("div", "answer-label", "Recommended for " + v.profileName())
                .el("div", "answer-winner", win.name())
                .el(
                        "div",
                        "answer-score",
                        "score " + Labels.number(win.score())
                                + (v.runnerUp() != win
                                        ? " · runner-up " + v.runnerUp().name() + " "
                                                + Labels.number(v.runnerUp().score())
                                        : ""))
                .close("div");
        h.open("div", "confidence confidence-" + v.confidence().level().word())
                .el("div", "answer-label", "confidence")
                .el("div", "confidence-level", v.confidence().level().word())
                .el("div", "small", v.confidence().reason())
                .close("div");
        h.close("div");
        if (!v.profile().description().isBlank()) {
            h.el("p", "profile-description", v.profile().description());
        }
        h.el("h3", "", "Top reasons");
        h.open("ol", "reasons");
        v.reasons().forEach(r -> h.el("li", "", r));
        h.close("ol");
        if (!v.notes().isEmpty()) {
            h.open("ul", "notes");
            v.notes().forEach(n -> h.el("li", "", n));
            h.close("ul");
        }
        ranking(h, v);
        weights(h, v);
        sensitivity(h, c, v, charts);
        h.raw("</section>");
    }

    private static void ranking(Html h, Verdict v) {
        Map<String, Double> p = v.sensitivity().acceptability().stream()
                .collect(Collectors.toMap(Verdict.Acceptability::option, Verdict.Acceptability::probabilityFirst));
        h.el("h3", "", "Ranking");
        List<List<String>> rows = new ArrayList<>();
        for (Verdict.RankedOption r : v.ranking()) {
            rows.add(List.of(
                    String.valueOf(r.rank()),
                    r.name() + (r.hybrid() ? " (hybrid)" : ""),
                    Labels.number(r.score()),
                    Labels.percent(p.getOrDefault(r.id(), 0.0))));
        }
        h.table("data", List.of("#", "option", "score", "ranks first in sampled weightings"), rows);
        for (Verdict.Exclusion e : v.excluded()) {
            h.el(
                    "p",
                    "small",
                    "Excluded " + e.option() + ": " + e.reason() + " (" + e.field() + ", " + e.where() + ")");
        }
        h.el("p", "small muted", "Method: " + v.method());
    }

    private static void weights(Html h, Verdict v) {
        h.el("h3", "", "Criteria and their weights");
        List<List<String>> rows = new ArrayList<>();
        v.weights().stream()
                .filter(w -> w.weight() > 0)
                .forEach(w -> rows.add(List.of(
                        w.name(), Labels.percent(w.weight()), w.evidence().word(), String.join("; ", w.why()))));
        h.table("data", List.of("criterion", "weight", "evidence", "why this weight"), rows);
        h.open("details", "").el("summary", "", "Scores per option and criterion, with evidence");
        for (Verdict.OptionScores o : v.options()) {
            h.el("h4", "", o.name() + " — total " + Labels.number(o.total()));
            List<List<String>> scoreRows = new ArrayList<>();
            o.criteria().stream()
                    .filter(s -> s.weight() > 0)
                    .forEach(s -> scoreRows.add(List.of(
                            s.criterion(),
                            Labels.number(s.score()),
                            Labels.number(s.contribution()),
                            s.evidence().kind().word(),
                            s.evidence().text(),
                            s.evidence().source()
                                    + (s.evidence().asOf().isBlank()
                                            ? ""
                                            : ", " + s.evidence().asOf()))));
            h.table("data compact", List.of("criterion", "score", "points", "kind", "evidence", "source"), scoreRows);
        }
        h.close("details");
    }

    private static void sensitivity(Html h, ReportContent c, Verdict v, SvgCharts charts) {
        h.el("h3", "", "How robust is it? Sensitivity of the verdict");
        h.el("p", "small muted", v.sensitivity().method());
        if (c.sensitivity() != null) {
            HtmlEvidence.figure(
                    h,
                    c.sensitivity(),
                    charts,
                    "Each bar moves one criterion's weight 10 points; "
                            + "the vertical line is the margin at your weights, the red line is where the winner changes.");
        }
        Map<String, String> names = v.weights().stream()
                .collect(Collectors.toMap(Verdict.CriterionWeight::id, Verdict.CriterionWeight::name, (a, b) -> a));
        List<List<String>> rows = new ArrayList<>();
        v.sensitivity()
                .flips()
                .forEach(f -> rows.add(List.of(
                        names.getOrDefault(f.criterion(), f.criterion()),
                        Labels.percent(f.weight()),
                        Labels.percent(f.low()) + "–" + Labels.percent(f.high()),
                        Double.isNaN(f.flipWeight())
                                ? "never"
                                : Labels.percent(f.flipWeight()) + " → " + f.challenger(),
                        f.sentence())));
        h.table("data", List.of("criterion", "weight", "winner unchanged for", "flips at", "in words"), rows);
    }
}
