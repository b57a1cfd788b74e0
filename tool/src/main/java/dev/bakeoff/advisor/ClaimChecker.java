package dev.bakeoff.advisor;

import dev.bakeoff.advisor.Verdict.ClaimCheck.Outcome;
import dev.bakeoff.model.Metric;
import dev.bakeoff.model.RunMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks the articles' claims against a run by the rules of knowledge/claims.yaml. Each side of a
 * comparison is represented by its best stack with a usable (present, unflagged) measurement.
 */
final class ClaimChecker {
    private final Knowledge kb;

    ClaimChecker(Knowledge kb) {
        this.kb = kb;
    }

    List<Verdict.ClaimCheck> check(RunMetrics run) {
        List<Verdict.ClaimCheck> result = new ArrayList<>();
        for (Claim c : kb.claims()) {
            result.add(
                    switch (c.test()) {
                        case MEASURED -> run == null ? of(c, Outcome.NOT_MEASURED, "no stored run") : measured(c, run);
                        case LOOKUP -> of(c, Outcome.LOOKUP, lookup(c));
                        case JUDGEMENT ->
                            of(c, Outcome.JUDGEMENT, "opinion or anecdote: weighted through the profile, not measured");
                    });
        }
        return result;
    }

    private String lookup(Claim c) {
        Fact f = kb.facts().get(c.fact());
        return f.key() + " " + Format.num(f.score()) + "/10 on " + c.criterion() + ": " + f.rationale() + " ("
                + f.source() + ", as of " + f.asOf() + ")";
    }

    private Verdict.ClaimCheck measured(Claim c, RunMetrics run) {
        Claim.Rule r = c.rule();
        String where = r.workload().id() + "/" + r.metric();
        Optional<Metric> subject = best(run, r, r.subject());
        if (subject.isEmpty()) {
            return of(c, Outcome.INCONCLUSIVE, where + ": no usable measurement for " + String.join(", ", r.subject()));
        }
        Metric s = subject.get();
        String left = show(s);
        if (r.versus().isEmpty()) {
            boolean wantHigh = r.expect() == Claim.Expect.AT_LEAST;
            String bound = (wantHigh ? " >= " : " <= ") + Format.num(r.threshold());
            boolean all = wantHigh ? s.low() >= r.threshold() : s.high() <= r.threshold();
            boolean none = wantHigh ? s.high() < r.threshold() : s.low() > r.threshold();
            Outcome outcome = all ? Outcome.SUPPORTED : none ? Outcome.CONTRADICTED : Outcome.INCONCLUSIVE;
            return of(
                    c,
                    outcome,
                    where + ": " + left + " vs threshold" + bound
                            + (outcome == Outcome.INCONCLUSIVE ? " (interval straddles it)" : ""));
        }
        Optional<Metric> versus = best(run, r, r.versus());
        if (versus.isEmpty()) {
            return of(c, Outcome.INCONCLUSIVE, where + ": no usable measurement for " + String.join(", ", r.versus()));
        }
        Metric v = versus.get();
        String numbers = where + ": " + left + " vs " + show(v);
        boolean subjectBetter = s.higherIsBetter() ? s.median() > v.median() : s.median() < v.median();
        if (r.expect() == Claim.Expect.CLOSE) {
            Closeness close = Closeness.of(s, v, r.tolerance(), r.threshold());
            return of(
                    c,
                    close.outcome(),
                    numbers + " (" + close.explain(s.unit()) + "; allowed: " + Format.num(r.tolerance() * 100)
                            + "%" + (r.threshold() > 0 ? " or " + Format.num(r.threshold()) + " " + s.unit() : "")
                            + ")");
        }
        if (!s.differsFrom(v)) {
            return of(c, r.tie(), numbers + " (intervals overlap: a tie)");
        }
        boolean wantBetter = r.expect() == Claim.Expect.BETTER;
        return of(c, subjectBetter == wantBetter ? Outcome.SUPPORTED : Outcome.CONTRADICTED, numbers);
    }

    private static Optional<Metric> best(RunMetrics run, Claim.Rule r, List<String> stacks) {
        List<Metric> usable = stacks.stream()
                .map(s -> run.find(s, r.workload(), r.metric()))
                .flatMap(Optional::stream)
                .filter(m -> !m.flagged())
                .toList();
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        Comparator<Metric> byMedian = Comparator.comparingDouble(Metric::median);
        return Optional.of(
                usable.getFirst().higherIsBetter()
                        ? usable.stream().max(byMedian).orElseThrow()
                        : usable.stream().min(byMedian).orElseThrow());
    }

    private static String show(Metric m) {
        return m.stack() + " " + Format.num(m.median()) + " " + m.unit() + " [" + Format.num(m.low()) + "-"
                + Format.num(m.high()) + "]";
    }

    private static Verdict.ClaimCheck of(Claim c, Outcome outcome, String detail) {
        return new Verdict.ClaimCheck(c.id(), c.claim(), c.seeds(), c.test().word(), outcome, detail);
    }
}
