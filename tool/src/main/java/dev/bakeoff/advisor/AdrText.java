package dev.bakeoff.advisor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The MADR 4.0 text of a verdict (sections as in the MADR template, filled from the verdict). */
final class AdrText {
    /** Criteria below this weight are left out of the pros and cons to keep the record readable. */
    private static final double SHOWN_WEIGHT = 0.03;

    private AdrText() {}

    static String render(Verdict v, String command, LocalDate date) {
        StringBuilder out = new StringBuilder();
        Profile p = v.profile();
        List<String> makers = p.decisionMakers().isEmpty() ? List.of("the team") : p.decisionMakers();
        out.append("---\nstatus: proposed\ndate: ")
                .append(date)
                .append("\ndecision-makers: ")
                .append(AdrEscape.yamlString(String.join(", ", makers)))
                .append("\n---\n\n");
        out.append("# Use ")
                .append(v.winner().name())
                .append(" as the backend for ")
                .append(AdrEscape.inline(p.name()))
                .append("\n\n");
        out.append("## Context and Problem Statement\n\n");
        if (!p.description().isBlank()) {
            out.append(AdrEscape.block(p.description().strip())).append("\n\n");
        }
        Profile.Traits t = p.workload();
        out.append("Which backend stack fits this project? It expects about ")
                .append(t.concurrentConnections())
                .append(" concurrent connections, real-time needs: ")
                .append(t.realtime().word())
                .append(", CPU-heavy share: ")
                .append(Format.pct(t.cpuHeavyShare()))
                .append(", ML/AI: ")
                .append(t.ml().word())
                .append(", data processing: ")
                .append(t.dataProcessing().word())
                .append(". Team skills (0-5): ")
                .append(skills(p))
                .append("; frontend: ")
                .append(AdrEscape.inline(p.team().frontend().word()))
                .append(".\n\n");
        out.append("## Decision Drivers\n\n");
        v.weights().stream()
                .filter(w -> w.weight() >= SHOWN_WEIGHT)
                .forEach(w -> out.append("* ")
                        .append(w.name())
                        .append(" (weight ")
                        .append(Format.pct(w.weight()))
                        .append(", ")
                        .append(w.evidence().word())
                        .append(")\n"));
        Profile.Constraints c = p.constraints();
        if (!c.mustRunInProcess().isEmpty()) {
            out.append("* Hard constraint: must run in-process: ")
                    .append(AdrEscape.inline(String.join(", ", c.mustRunInProcess())))
                    .append('\n');
        }
        if (!c.runtimeOnly().isEmpty()) {
            out.append("* Hard constraint: runtimes only: ")
                    .append(AdrEscape.inline(String.join(", ", c.runtimeOnly())))
                    .append('\n');
        }
        if (!c.exclude().isEmpty()) {
            out.append("* Hard constraint: excluded: ")
                    .append(AdrEscape.inline(String.join(", ", c.exclude())))
                    .append('\n');
        }
        out.append("\n## Considered Options\n\n");
        v.ranking().forEach(r -> out.append("* ").append(r.name()).append('\n'));
        v.excluded()
                .forEach(e -> out.append("* ")
                        .append(AdrEscape.inline(e.option()))
                        .append(" (excluded: ")
                        .append(AdrEscape.inline(e.reason()))
                        .append(")\n"));
        outcome(out, v, command);
        out.append("\n## Pros and Cons of the Options\n");
        v.options().forEach(o -> prosAndCons(out, o, v));
        AdrMoreInformation.append(out, v);
        return out.toString();
    }

    private static void outcome(StringBuilder out, Verdict v, String command) {
        Verdict.RankedOption win = v.winner();
        Verdict.RankedOption second = v.runnerUp();
        out.append("\n## Decision Outcome\n\nChosen option: \"")
                .append(win.name())
                .append("\", because it comes out best (")
                .append("score ")
                .append(Format.score(win.score()));
        if (second != win) {
            out.append(" against ")
                    .append(Format.score(second.score()))
                    .append(" for ")
                    .append(second.name())
                    .append(", margin ")
                    .append(Format.score(win.score() - second.score()));
        }
        out.append("; method: ")
                .append(v.method())
                .append("). Confidence: ")
                .append(v.confidence().level().word())
                .append(" (")
                .append(AdrEscape.inline(v.confidence().reason()))
                .append(").\n\n### Consequences\n\n");
        Verdict.OptionScores top = v.options().getFirst();
        top.criteria().stream()
                .filter(s -> s.weight() >= SHOWN_WEIGHT)
                .sorted(Comparator.comparingDouble(Verdict.CriterionScore::contribution)
                        .reversed())
                .limit(3)
                .forEach(s -> out.append("* Good, because ").append(line(s)).append('\n'));
        top.criteria().stream()
                .filter(s -> s.weight() >= SHOWN_WEIGHT)
                .sorted(Comparator.comparingDouble((Verdict.CriterionScore s) -> s.weight() * (1 - s.score()))
                        .reversed())
                .limit(2)
                .forEach(s -> out.append("* Bad, because ").append(line(s)).append('\n'));
        out.append("\n### Confirmation\n\nRe-run ")
                .append(AdrEscape.code(command))
                .append(" after `./bakeoff run` on the production-like machine; the decision stands while ")
                .append(win.name())
                .append(" still ranks first and the claim check below does not turn.\n");
    }

    private static void prosAndCons(StringBuilder out, Verdict.OptionScores o, Verdict v) {
        out.append("\n### ")
                .append(o.name())
                .append("\n\nWeighted score ")
                .append(Format.score(o.total()))
                .append(".\n\n");
        for (Verdict.CriterionScore s : o.criteria()) {
            if (s.weight() < SHOWN_WEIGHT) {
                continue;
            }
            String verdict = s.score() >= 0.75 ? "Good" : s.score() <= 0.45 ? "Bad" : "Neutral";
            out.append("* ")
                    .append(verdict)
                    .append(", because ")
                    .append(line(s))
                    .append('\n');
        }
    }

    private static String line(Verdict.CriterionScore s) {
        Verdict.Evidence e = s.evidence();
        return s.criterion() + " scores " + Format.score(s.score()) + " (weight " + Format.pct(s.weight()) + "): "
                + Explanations.shorten(e.text()) + " [" + e.kind().word() + ": " + e.source()
                + (e.asOf().isEmpty() ? "" : ", as of " + e.asOf()) + "]";
    }

    private static String skills(Profile p) {
        Map<String, Integer> s = p.team().skills();
        return s.isEmpty()
                ? "not given"
                : s.entrySet().stream()
                        .map(e -> AdrEscape.inline(e.getKey()) + " " + e.getValue())
                        .collect(Collectors.joining(", "));
    }
}
