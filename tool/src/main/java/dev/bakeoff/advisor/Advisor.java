package dev.bakeoff.advisor;

import dev.bakeoff.model.RunMetrics;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The advisor: from a profile and (optionally) a stored run to a ranked, explained, checkable verdict.
 * Method: hard constraints filter the options, then a weighted sum of 0..1 criterion scores ranks them;
 * sensitivity and claim checks follow. Immutable after {@link #load()}; safe to share between threads.
 */
public final class Advisor {
    static final String METHOD = "hard constraints, then weighted sum (WSM) of 0..1 criterion scores; "
            + "measured scores by ratio to the best stack with ties inside 95% intervals";

    private final Knowledge kb;

    Advisor(Knowledge kb) {
        this.kb = kb;
    }

    /** The advisor with the knowledge base shipped in the jar. */
    public static Advisor load() {
        return new Advisor(Knowledge.load());
    }

    /** The priorities a profile may weight (0..5 each), in the knowledge base's order. */
    public List<String> priorities() {
        return List.copyOf(kb.weights().priorities().keySet());
    }

    /** Reads a profile file; {@code shownAs} is how messages name it. */
    public Profile readProfile(Path file, String shownAs) {
        return new ProfileReader(kb).read(file, shownAs);
    }

    public Profile parseProfile(String yaml, String shownAs) {
        return new ProfileReader(kb).parse(yaml, shownAs);
    }

    /** Turns free text into a profile with the phrase catalogue, showing which phrase set which field. */
    public Description describe(String text) {
        Description d = PhraseCatalogue.load().describe(text);
        return new Description(d.yaml(), d.hits(), parseProfile(d.yaml(), "--describe"));
    }

    /** Asks the profile questions on {@code out}, reading answers (Enter keeps the default) from {@code in}. */
    public Profile interview(BufferedReader in, PrintWriter out) {
        return parseProfile(new Interview(kb, in, out).run(), "--interactive");
    }

    /** The verdict for {@code profile}; {@code run} is null when no run is stored (priors are used). */
    public Verdict advise(Profile profile, RunMetrics run) {
        CandidateFilter.Result filtered = CandidateFilter.apply(kb, profile);
        Weighting.Result weighting = Weighting.of(kb, profile);
        Scorer scorer = new Scorer(kb, profile);
        ScoreTable table = scorer.score(filtered.kept(), run == null ? null : MetricView.medians(run), true);
        double[] w = kb.criteria().stream()
                .mapToDouble(c -> weighting.weights().get(c.id()))
                .toArray();
        double[] totals = Wsm.totals(table.scores(), w);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -totals[i]));
        List<Verdict.RankedOption> ranking = new ArrayList<>();
        for (int rank = 0; rank < order.size(); rank++) {
            Candidate c = table.options().get(order.get(rank));
            ranking.add(new Verdict.RankedOption(
                    rank + 1, c.id(), c.name(), totals[order.get(rank)], c.hybrid(), c.runtimes()));
        }
        int winner = order.getFirst();
        List<Verdict.Acceptability> acceptability =
                MonteCarlo.run(scorer, filtered.kept(), run, w, MonteCarlo.SAMPLES, MonteCarlo.SEED);
        Verdict.Sensitivity sensitivity = new Verdict.Sensitivity(
                Sensitivity.flips(table, w, winner),
                Sensitivity.tornado(table, w, winner),
                acceptability,
                MonteCarlo.SAMPLES,
                MonteCarlo.SEED,
                "one weight at a time with the others rescaled; Monte Carlo: Dirichlet weights (concentration "
                        + Format.num(MonteCarlo.CONCENTRATION) + ") around the profile's weights"
                        + (run == null ? "" : " and measured values drawn within their 95% intervals"));
        List<Verdict.ClaimCheck> claims = new ClaimChecker(kb).check(run);
        Explanations explain = new Explanations(kb, table, w, weighting);
        return new Verdict(
                profile.name(),
                profile,
                run == null ? "" : run.runId(),
                run == null ? "" : run.environment(),
                METHOD,
                ranking,
                filtered.excluded(),
                explain.weights(),
                explain.options(totals),
                sensitivity,
                claims,
                confidence(run, ranking, acceptability),
                explain.reasons(winner, order.size() > 1 ? order.get(1) : winner),
                Notes.of(kb, table, w, run, claims, ranking));
    }

    private static Verdict.Confidence confidence(
            RunMetrics run, List<Verdict.RankedOption> ranking, List<Verdict.Acceptability> acceptability) {
        double p = acceptability.stream()
                .filter(a -> a.option().equals(ranking.getFirst().id()))
                .mapToDouble(Verdict.Acceptability::probabilityFirst)
                .findFirst()
                .orElse(0);
        String share = ranking.getFirst().name() + " ranks first in " + Format.pct(p) + " of sampled weightings";
        if (run == null) {
            return new Verdict.Confidence(
                    "low", "no stored run: measured criteria use knowledge-base priors, not this machine; " + share);
        }
        String level = p >= 0.75 ? "high" : p >= 0.5 ? "medium" : "low";
        return new Verdict.Confidence(level, share + " and measured values (run " + run.runId() + ")");
    }

    /** The articles' claims checked against {@code run} (null: measured claims are "not measured"). */
    public List<Verdict.ClaimCheck> checkClaims(RunMetrics run) {
        return new ClaimChecker(kb).check(run);
    }

    /** A profile made from free text, with the phrases that set its fields. */
    public record Description(String yaml, List<PhraseHit> hits, Profile profile) {}

    /** One phrase of the catalogue that matched: the text it matched and the fields it set. */
    public record PhraseHit(String matched, String pattern, Map<String, String> fields, String note) {}
}
