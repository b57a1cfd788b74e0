package dev.bakeoff.advisor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds the explanation parts of a verdict: weights with their reasons, per-option lines, top reasons. */
final class Explanations {
    private final Knowledge kb;
    private final ScoreTable table;
    private final double[] w;
    private final Weighting.Result weighting;

    Explanations(Knowledge kb, ScoreTable table, double[] w, Weighting.Result weighting) {
        this.kb = kb;
        this.table = table;
        this.w = w;
        this.weighting = weighting;
    }

    List<Verdict.CriterionWeight> weights() {
        List<Verdict.CriterionWeight> result = new ArrayList<>();
        for (int j = 0; j < w.length; j++) {
            Criterion c = table.criteria().get(j);
            result.add(new Verdict.CriterionWeight(
                    c.id(), c.name(), w[j], c.evidence(), weighting.why().get(c.id())));
        }
        result.sort(Comparator.comparingDouble(Verdict.CriterionWeight::weight).reversed());
        return result;
    }

    List<Verdict.OptionScores> options(double[] totals) {
        List<Verdict.OptionScores> result = new ArrayList<>();
        for (int i = 0; i < table.options().size(); i++) {
            List<Verdict.CriterionScore> lines = new ArrayList<>();
            for (int j = 0; j < w.length; j++) {
                double r = table.scores()[i][j];
                lines.add(new Verdict.CriterionScore(
                        table.criteria().get(j).id(), r, w[j], r * w[j], table.evidence()[i][j]));
            }
            Candidate c = table.options().get(i);
            result.add(new Verdict.OptionScores(c.id(), c.name(), totals[i], lines));
        }
        result.sort(Comparator.comparingDouble(Verdict.OptionScores::total).reversed());
        return result;
    }

    /** Up to three criteria where the winner gains most over the runner-up, as sentences. */
    List<String> reasons(int winner, int runnerUp) {
        if (winner == runnerUp) {
            return List.of("it is the only option left after the hard constraints");
        }
        double[][] r = table.scores();
        List<Integer> gains = new ArrayList<>();
        for (int j = 0; j < w.length; j++) {
            if (w[j] * (r[winner][j] - r[runnerUp][j]) > 1e-9) {
                gains.add(j);
            }
        }
        gains.sort(Comparator.comparingDouble(j -> -w[j] * (r[winner][j] - r[runnerUp][j])));
        List<String> reasons = new ArrayList<>();
        for (int j : gains.subList(0, Math.min(3, gains.size()))) {
            Criterion c = table.criteria().get(j);
            Verdict.Evidence e = table.evidence()[winner][j];
            reasons.add(c.name() + " (weight " + Format.pct(w[j]) + "): " + Format.score(r[winner][j]) + " vs "
                    + Format.score(r[runnerUp][j]) + " for "
                    + table.options().get(runnerUp).id() + "; " + e.kind().word()
                    + ": " + shorten(e.text()) + " [" + e.source() + (e.asOf().isEmpty() ? "" : ", " + e.asOf()) + "]");
        }
        return reasons;
    }

    static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }
}
