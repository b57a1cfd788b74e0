package dev.bakeoff.advisor;

import dev.bakeoff.model.RunMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What a reader must know beside the ranking: missing or flagged evidence, contradicted claims, near-ties. */
final class Notes {
    /** Claims bearing on a criterion with at least this weight are worth a note when contradicted. */
    static final double RELEVANT_WEIGHT = 0.04;

    private Notes() {}

    static List<String> of(
            Knowledge kb,
            ScoreTable table,
            double[] w,
            RunMetrics run,
            List<Verdict.ClaimCheck> claims,
            List<Verdict.RankedOption> ranking) {
        List<String> notes = new ArrayList<>();
        if (run == null) {
            notes.add("No stored run: measured criteria use knowledge-base priors (documentation and the"
                    + " feasibility figures in facts.yaml), so confidence is lower. Run './bakeoff run --preset quick'"
                    + " to measure this machine.");
        } else {
            Set<String> missing = new TreeSet<>();
            kb.stacks().forEach(s -> {
                if (run.metrics().stream().noneMatch(m -> m.stack().equals(s.id()))) {
                    missing.add(s.id());
                }
            });
            if (!missing.isEmpty()) {
                notes.add("Run " + run.runId() + " has no measurements of " + String.join(", ", missing)
                        + "; their measured criteria use knowledge-base priors.");
            }
            long flagged = run.metrics().stream().filter(m -> m.flagged()).count();
            if (flagged > 0) {
                notes.add(flagged + " measurement(s) in run " + run.runId()
                        + " are flagged and not used as evidence (see the per-criterion evidence).");
            }
        }
        for (Verdict.ClaimCheck c : claims) {
            if (c.outcome() != Verdict.ClaimCheck.Outcome.CONTRADICTED) {
                continue;
            }
            Claim claim = kb.claims().stream()
                    .filter(x -> x.id().equals(c.id()))
                    .findFirst()
                    .orElseThrow();
            double weight = w[table.column(claim.criterion())];
            if (weight >= RELEVANT_WEIGHT) {
                notes.add("Measured on this machine, the articles' claim " + c.id() + " (\"" + c.claim()
                        + "\") is contradicted: " + c.detail() + ". It bears on "
                        + kb.criterion(claim.criterion()).orElseThrow().name() + ", "
                        + Format.pct(weight) + " of this profile's weight; the scores use the measurement.");
            }
        }
        if (ranking.size() > 1 && ranking.get(0).score() - ranking.get(1).score() < 0.02) {
            notes.add("The top two are within 0.02 of each other: treat them as tied and decide on what the"
                    + " criteria leave out.");
        }
        String winnerRuntime =
                kb.candidate(ranking.getFirst().id()).orElseThrow().runtimes().getFirst();
        if (winnerRuntime.equals("jvm")) {
            notes.add("The articles compare only Node.js and Python; the Java options are scored from the same"
                    + " knowledge base and measurements, not from the articles.");
        }
        return notes;
    }
}
