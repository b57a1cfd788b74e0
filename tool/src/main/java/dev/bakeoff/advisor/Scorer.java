package dev.bakeoff.advisor;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.RunMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the score table: measured criteria from the run (ratio to best, ties inside intervals, flagged
 * metrics skipped), looked-up criteria from facts, team expertise from the profile, and hybrids from
 * their parts minus their costs. Stateless apart from its inputs; safe to call from one thread per
 * instance.
 */
final class Scorer {
    private final Knowledge kb;
    private final Profile profile;

    Scorer(Knowledge kb, Profile profile) {
        this.kb = kb;
        this.profile = profile;
    }

    /** Scores {@code options}; {@code view} is null when no run is available (priors for measured criteria). */
    ScoreTable score(List<Candidate> options, MetricView view, boolean explain) {
        List<Criterion> criteria = kb.criteria();
        Map<String, Cell[]> stackCells = new LinkedHashMap<>();
        for (Candidate s : kb.stacks()) {
            stackCells.put(s.id(), new Cell[criteria.size()]);
        }
        for (int j = 0; j < criteria.size(); j++) {
            Criterion c = criteria.get(j);
            Map<String, Cell> column = switch (c.evidence()) {
                case "measured" -> measured(c, view, explain);
                case "profile" -> team(explain);
                default -> looked(c, explain);
            };
            for (Map.Entry<String, Cell> e : column.entrySet()) {
                stackCells.get(e.getKey())[j] = e.getValue();
            }
        }
        double[][] scores = new double[options.size()][criteria.size()];
        Verdict.Evidence[][] evidence = new Verdict.Evidence[options.size()][criteria.size()];
        for (int i = 0; i < options.size(); i++) {
            Candidate o = options.get(i);
            for (int j = 0; j < criteria.size(); j++) {
                Cell cell = o.hybrid()
                        ? Hybrids.combine(
                                kb,
                                o,
                                criteria.get(j),
                                stackCells.get(o.api())[j],
                                stackCells.get(o.service())[j],
                                explain)
                        : stackCells.get(o.id())[j];
                scores[i][j] = cell.score();
                evidence[i][j] = cell.evidence();
            }
        }
        return new ScoreTable(options, criteria, scores, evidence);
    }

    /** One option's score on one criterion and why. */
    record Cell(double score, Verdict.Evidence evidence) {}

    private Map<String, Cell> looked(Criterion c, boolean explain) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Candidate s : kb.stacks()) {
            Fact f = kb.fact(c.id(), s.id()).orElseThrow();
            cells.put(s.id(), new Cell(f.unitScore(), explain ? factEvidence("fact", f, "") : null));
        }
        return cells;
    }

    private Map<String, Cell> team(boolean explain) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Candidate s : kb.stacks()) {
            String language = s.languages().getFirst();
            int skill = profile.team().skill(language);
            String field = "team.skills." + language;
            cells.put(
                    s.id(),
                    new Cell(
                            skill / 5.0,
                            explain
                                    ? new Verdict.Evidence(
                                            "profile", field + " = " + skill + " of 5", profile.whereOf(field), "")
                                    : null));
        }
        return cells;
    }

    private Map<String, Cell> measured(Criterion c, MetricView view, boolean explain) {
        Map<String, List<Double>> parts = new LinkedHashMap<>();
        Map<String, List<String>> texts = new LinkedHashMap<>();
        kb.stacks().forEach(s -> {
            parts.put(s.id(), new ArrayList<>());
            texts.put(s.id(), new ArrayList<>());
        });
        for (Criterion.Measure m : view == null ? List.<Criterion.Measure>of() : c.measures()) {
            Map<String, Metric> usable = new LinkedHashMap<>();
            for (Candidate s : kb.stacks()) {
                view.find(s.id(), m.workload(), m.metric())
                        .ifPresentOrElse(
                                metric -> {
                                    if (metric.flagged()) {
                                        texts.get(s.id()).add(label(m) + " flagged, not used (" + metric.note() + ")");
                                    } else {
                                        usable.put(s.id(), metric);
                                    }
                                },
                                () -> texts.get(s.id()).add(label(m) + " not in run"));
            }
            MeasuredScore.ratios(usable, view).forEach((stack, score) -> {
                parts.get(stack).add(score);
                if (explain) {
                    texts.get(stack).add(describe(m, usable.get(stack), score));
                }
            });
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        String runId = view == null ? "" : view.run().runId();
        for (Candidate s : kb.stacks()) {
            Fact fact = kb.fact(c.id(), s.id()).orElseThrow();
            List<Double> got = parts.get(s.id());
            if (got.isEmpty()) {
                String why = view == null ? "no run available; " : String.join("; ", texts.get(s.id())) + "; ";
                cells.put(s.id(), new Cell(fact.unitScore(), explain ? factEvidence("prior", fact, why) : null));
                continue;
            }
            double measuredScore =
                    got.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double score = (1 - c.factShare()) * measuredScore + c.factShare() * fact.unitScore();
            Verdict.Evidence ev = null;
            if (explain) {
                String text = String.join("; ", texts.get(s.id()));
                if (c.factShare() > 0) {
                    text += "; blended " + Format.pct(c.factShare()) + " with fact " + Format.num(fact.score())
                            + "/10: " + fact.rationale();
                }
                ev = new Verdict.Evidence("measured", text, "run " + runId, runDate(view.run()));
            }
            cells.put(s.id(), new Cell(score, ev));
        }
        return cells;
    }

    private static String label(Criterion.Measure m) {
        return m.workload().id() + "/" + m.metric();
    }

    private static String describe(Criterion.Measure m, Metric metric, double score) {
        return label(m) + " " + Format.num(metric.median()) + " " + metric.unit() + " [" + Format.num(metric.low())
                + "-" + Format.num(metric.high()) + "] -> " + Format.score(score);
    }

    static Verdict.Evidence factEvidence(String kind, Fact f, String prefix) {
        return new Verdict.Evidence(
                kind, prefix + f.rationale() + " (" + Format.num(f.score()) + "/10)", f.source(), f.asOf());
    }

    private static String runDate(RunMetrics run) {
        return run.started() == null ? "" : run.started().toString().substring(0, 10);
    }
}
