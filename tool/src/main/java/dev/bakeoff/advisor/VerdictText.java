package dev.bakeoff.advisor;

import dev.bakeoff.model.TerminalText;
import dev.bakeoff.model.TextTable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renders a verdict for people: the compact answer first, then the tables behind it. */
public final class VerdictText {
    private VerdictText() {}

    public static String render(Verdict v) {
        StringBuilder out = new StringBuilder();
        Verdict.RankedOption win = v.winner();
        Verdict.RankedOption second = v.runnerUp();
        out.append("Profile: ").append(v.profileName()).append('\n');
        out.append("Evidence: ")
                .append(
                        v.runId().isEmpty()
                                ? "no stored run - knowledge-base priors"
                                : "run " + v.runId() + " (" + v.environment() + ")")
                .append("\n\n");
        out.append("Answer: ")
                .append(win.name())
                .append(" (score ")
                .append(Format.score(win.score()))
                .append(")\n");
        if (second != win) {
            out.append("  runner-up: ")
                    .append(second.name())
                    .append(" (")
                    .append(Format.score(second.score()))
                    .append("), margin ")
                    .append(Format.score(win.score() - second.score()))
                    .append('\n');
        }
        v.bestOtherRuntime()
                .filter(o -> o.rank() > 2)
                .ifPresent(o -> out.append("  best on another runtime: ")
                        .append(o.name())
                        .append(" (")
                        .append(Format.score(o.score()))
                        .append("), margin ")
                        .append(Format.score(win.score() - o.score()))
                        .append('\n'));
        out.append("  confidence: ")
                .append(v.confidence().level().word())
                .append(" - ")
                .append(v.confidence().reason())
                .append('\n');
        out.append("  because:\n");
        for (int i = 0; i < v.reasons().size(); i++) {
            out.append("    ")
                    .append(i + 1)
                    .append(". ")
                    .append(v.reasons().get(i))
                    .append('\n');
        }
        for (String note : v.notes()) {
            out.append("  note: ").append(note).append('\n');
        }
        fit(out, v.fit());
        ranking(out, v);
        weights(out, v);
        scores(out, v);
        SensitivityText.append(out, v);
        ClaimText.append(out, v.claims());
        return TerminalText.safe(out.toString()); // a profile's name and notes come from a file
    }

    /** The claim-check table alone (for {@code bakeoff demo}). */
    public static String claimCheck(List<Verdict.ClaimCheck> claims) {
        StringBuilder out = new StringBuilder();
        ClaimText.append(out, claims);
        return out.toString();
    }

    /** One line per verdict: profile, winner, runner-up, margin, confidence (for {@code bakeoff demo}). */
    public static String oneLine(Verdict v) {
        String line = TerminalText.safe(v.profileName()) + ": " + v.winner().name() + " ("
                + Format.score(v.winner().score()) + "), runner-up "
                + v.runnerUp().name() + " (" + Format.score(v.runnerUp().score()) + "), confidence "
                + v.confidence().level().word();
        String say = v.profile().articlesSay();
        if (say.isEmpty()) {
            return line;
        }
        if (ArticleCheck.family(v.winner().id()).equals(say)) {
            return line + "; agrees with the articles (" + say + ")";
        }
        return line + "\n      "
                + v.notes().stream()
                        .filter(n -> n.startsWith("Against the articles"))
                        .findFirst()
                        .orElse("against the articles (" + say + ")");
    }

    private static void fit(StringBuilder out, Verdict.FitSummary fit) {
        out.append("\nFit to the requirements (").append(fit.load()).append(")\n");
        for (String a : fit.assumed()) {
            out.append("  assumed: ").append(a).append('\n');
        }
        if (fit.stacks().isEmpty()) {
            out.append("  no stored run: no stack's fit is measured\n");
        }
        for (String line : fit.stacks()) {
            out.append("  ").append(line).append('\n');
        }
        out.append("  scaling model: ").append(fit.model()).append('\n');
    }

    private static void ranking(StringBuilder out, Verdict v) {
        Map<String, Double> p = v.sensitivity().acceptability().stream()
                .collect(Collectors.toMap(Verdict.Acceptability::option, Verdict.Acceptability::probabilityFirst));
        out.append("\nRanking (by P(first) from ")
                .append(v.sensitivity().samples())
                .append(" samples, then by weighted-sum score)\n");
        TextTable t = new TextTable("rank", "option", "score", "P(first)");
        v.ranking()
                .forEach(r ->
                        t.row(r.rank(), r.name(), Format.score(r.score()), Format.pct(p.getOrDefault(r.id(), 0.0))));
        t.appendTo(out, "  ");
        for (Verdict.Exclusion e : v.excluded()) {
            out.append("  excluded ")
                    .append(e.option())
                    .append(": ")
                    .append(e.field())
                    .append(" (")
                    .append(e.where())
                    .append("): ")
                    .append(e.reason())
                    .append('\n');
        }
    }

    private static void weights(StringBuilder out, Verdict v) {
        out.append("\nWeights (from the profile by knowledge/weights.yaml)\n");
        TextTable t = new TextTable("criterion", "weight", "evidence", "points from");
        v.weights().stream()
                .filter(w -> w.weight() > 0)
                .forEach(w -> t.row(w.id(), Format.pct(w.weight()), w.evidence().word(), String.join(", ", w.why())));
        t.appendTo(out, "  ");
    }

    private static void scores(StringBuilder out, Verdict v) {
        List<Verdict.OptionScores> top =
                v.options().subList(0, Math.min(3, v.options().size()));
        out.append("\nScores of the top options (score 0..1 / contribution = score x weight)\n");
        String[] header = new String[top.size() + 2];
        header[0] = "criterion";
        header[1] = "weight";
        for (int i = 0; i < top.size(); i++) {
            header[i + 2] = top.get(i).id();
        }
        TextTable t = new TextTable(header);
        List<Verdict.CriterionScore> first = top.getFirst().criteria();
        for (int j = 0; j < first.size(); j++) {
            if (first.get(j).weight() <= 0) {
                continue;
            }
            Object[] row = new Object[top.size() + 2];
            row[0] = first.get(j).criterion();
            row[1] = Format.pct(first.get(j).weight());
            for (int i = 0; i < top.size(); i++) {
                Verdict.CriterionScore s = top.get(i).criteria().get(j);
                row[i + 2] =
                        Format.score(s.score()) + " / " + Format.score(s.contribution()) + " " + mark(s.evidence());
            }
            t.row(row);
        }
        t.appendTo(out, "  ");
        out.append("  (m = measured, p = prior standing in for a measurement, f = looked-up fact, u = your profile,"
                + " h = hybrid of its parts)\n");
        out.append("\nEvidence for ").append(top.getFirst().name()).append('\n');
        Map<String, Verdict.CriterionScore> byId =
                first.stream().collect(Collectors.toMap(Verdict.CriterionScore::criterion, Function.identity()));
        v.weights().stream().filter(w -> w.weight() > 0).forEach(w -> {
            Verdict.Evidence e = byId.get(w.id()).evidence();
            out.append("  ")
                    .append(w.id())
                    .append(": ")
                    .append(Explanations.shorten(e.text()))
                    .append(" [")
                    .append(e.source())
                    .append(e.asOf().isEmpty() ? "" : ", as of " + e.asOf())
                    .append("]\n");
        });
    }

    private static String mark(Verdict.Evidence e) {
        return e.kind().mark();
    }
}
