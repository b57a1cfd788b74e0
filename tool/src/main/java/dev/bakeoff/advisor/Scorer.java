package dev.bakeoff.advisor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Fills the score table: measured criteria as fit to the profile's load (see {@link Fit}: a stack that
 * meets a requirement with headroom scores 1, whatever the others do), looked-up criteria from facts,
 * team expertise from the profile (per language and framework, with the switching cost of a language the
 * team does not know), and hybrids from their parts minus their costs. One instance per profile;
 * {@link #score} may be called from one thread at a time.
 */
final class Scorer {
    private final Knowledge kb;
    private final Profile profile;
    private final Load load;

    Scorer(Knowledge kb, Profile profile) {
        this.kb = kb;
        this.profile = profile;
        this.load = Load.of(kb.fit(), profile);
    }

    Load load() {
        return load;
    }

    /** What one scoring pass reads: the run (null: priors), the load, and each fact's score (0..10). */
    record Inputs(MetricView view, Load load, ToDoubleFunction<Fact> fact) {}

    Inputs inputs(MetricView view) {
        return new Inputs(view, load, Fact::score);
    }

    /** Scores {@code options} at the profile's load; {@code view} null means no run (priors for measured criteria). */
    ScoreTable score(List<Candidate> options, MetricView view, boolean explain) {
        return score(options, inputs(view), explain);
    }

    ScoreTable score(List<Candidate> options, Inputs in, boolean explain) {
        List<Criterion> criteria = kb.criteria();
        Map<String, Cell[]> stackCells = cells(criteria, in, explain);
        // A hybrid's API part does not serve the model: its service part does, and bears the inference cost.
        boolean inference = in.load().inference();
        Map<String, Cell[]> apiCells = inference
                ? cells(criteria, new Inputs(in.view(), in.load().withoutInference(), in.fact()), explain)
                : stackCells;
        double[][] scores = new double[options.size()][criteria.size()];
        Verdict.Evidence[][] evidence = new Verdict.Evidence[options.size()][criteria.size()];
        for (int i = 0; i < options.size(); i++) {
            Candidate o = options.get(i);
            Optional<MeasuredHop> hop = o.hybrid() ? MeasuredHop.of(in.view(), o) : Optional.empty();
            for (int j = 0; j < criteria.size(); j++) {
                Criterion c = criteria.get(j);
                // With inference, an API-rule measured criterion is limited by the service part's fit too.
                if (inference && c.measured() && c.hybrid() == Criterion.HybridRule.API) {
                    c = c.withHybrid(Criterion.HybridRule.MIN);
                }
                Cell cell = o.hybrid()
                        ? Hybrids.combine(
                                kb,
                                o,
                                c,
                                apiCells.get(o.api())[j],
                                stackCells.get(o.service())[j],
                                explain,
                                hop,
                                in.load().p99Ms())
                        : stackCells.get(o.id())[j];
                scores[i][j] = cell.score();
                evidence[i][j] = cell.evidence();
            }
        }
        return new ScoreTable(options, criteria, scores, evidence);
    }

    /** Every plain stack's cell on every criterion at {@code in}'s load. */
    private Map<String, Cell[]> cells(List<Criterion> criteria, Inputs in, boolean explain) {
        Map<String, Fit.StackFit> fits = fits(in);
        Map<String, Cell[]> stackCells = new LinkedHashMap<>();
        for (Candidate s : kb.stacks()) {
            stackCells.put(s.id(), new Cell[criteria.size()]);
        }
        FitScores fitScores = new FitScores(kb, in, fits, explain);
        for (int j = 0; j < criteria.size(); j++) {
            Criterion c = criteria.get(j);
            Map<String, Cell> column = switch (c.evidence()) {
                case MEASURED -> fitScores.column(c);
                case PROFILE -> team(explain);
                case LOOKED_UP ->
                    measuredToo(c, in) ? blended(c, in, fits, fitScores, explain) : looked(c, in, explain);
            };
            for (Map.Entry<String, Cell> e : column.entrySet()) {
                stackCells.get(e.getKey())[j] = switching(c, e.getKey(), e.getValue(), explain);
            }
        }
        return stackCells;
    }

    /** Whether a looked-up criterion is also measured for this profile (criteria.yaml measured_when). */
    private boolean measuredToo(Criterion c, Inputs in) {
        return c.measuredWhenMl().equals(Optional.of(profile.workload().ml()))
                && in.load().inference()
                && in.view() != null;
    }

    /** The fact, blended with the measurement for each stack the run measured; the fact alone elsewhere. */
    private Map<String, Cell> blended(
            Criterion c, Inputs in, Map<String, Fit.StackFit> fits, FitScores fitScores, boolean explain) {
        Map<String, Cell> cells = looked(c, in, explain);
        Map<String, Cell> measured = fitScores.column(c);
        for (Map.Entry<String, Fit.StackFit> e : fits.entrySet()) {
            if (e.getValue().inference().measured()) {
                cells.put(e.getKey(), measured.get(e.getKey()));
            }
        }
        return cells;
    }

    /** Every plain stack's fit to the load; empty without a run. */
    Map<String, Fit.StackFit> fits(Inputs in) {
        Map<String, Fit.StackFit> fits = new LinkedHashMap<>();
        if (in.view() == null) {
            return fits;
        }
        for (Candidate s : kb.stacks()) {
            fits.put(s.id(), Fit.of(s.id(), s.runtimes().getFirst(), in.load(), kb.fit(), in.view()));
        }
        return fits;
    }

    /** One option's score on one criterion and why. */
    record Cell(double score, Verdict.Evidence evidence) {}

    private Map<String, Cell> looked(Criterion c, Inputs in, boolean explain) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Candidate s : kb.stacks()) {
            Fact f = kb.fact(c.id(), s.id()).orElseThrow();
            double score = Math.max(0, Math.min(10, in.fact().applyAsDouble(f))) / 10;
            cells.put(s.id(), new Cell(score, explain ? factEvidence(Verdict.Evidence.Kind.FACT, f, "") : null));
        }
        return cells;
    }

    /** The team's skill (0..5) on a stack; 0 when the team is stated but this language is not among its skills. */
    int skill(Candidate stack) {
        return Math.max(
                0, kb.team().skill(profile.team(), stack.id(), stack.languages().getFirst()));
    }

    private Map<String, Cell> team(boolean explain) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Candidate s : kb.stacks()) {
            String language = s.languages().getFirst();
            int skill = skill(s);
            String field = "team.skills." + language;
            cells.put(
                    s.id(),
                    new Cell(
                            skill / 5.0,
                            explain
                                    ? new Verdict.Evidence(
                                            Verdict.Evidence.Kind.PROFILE,
                                            "team skill on " + s.id() + " = " + skill + " of 5 (" + language
                                                    + " and its frameworks)",
                                            profile.whereOf(field),
                                            "")
                                    : null));
        }
        return cells;
    }

    /** Takes off the documented switching cost when the team does not know the stack's language. */
    private Cell switching(Criterion c, String stack, Cell cell, boolean explain) {
        Double penalty = kb.team().switchingCost().get(c.id());
        if (penalty == null || !profile.team().stated()) {
            return cell;
        }
        Candidate s = kb.candidate(stack).orElseThrow();
        double cost = penalty * (1 - skill(s) / 5.0);
        if (cost <= 0) {
            return cell;
        }
        Verdict.Evidence e = cell.evidence() == null
                ? null
                : new Verdict.Evidence(
                        cell.evidence().kind(),
                        cell.evidence().text() + "; minus " + Format.score(cost) + " switching cost (team skill "
                                + skill(s) + "/5): " + kb.team().switchingRationale(),
                        cell.evidence().source(),
                        cell.evidence().asOf());
        return new Cell(Math.max(0, cell.score() - cost), explain ? e : null);
    }

    static Verdict.Evidence factEvidence(Verdict.Evidence.Kind kind, Fact f, String prefix) {
        return new Verdict.Evidence(
                kind, prefix + f.rationale() + " (" + Format.num(f.score()) + "/10)", f.source(), f.asOf());
    }

    static String runDate(dev.bakeoff.model.RunMetrics run) {
        return run.started() == null ? "" : run.started().toString().substring(0, 10);
    }
}
