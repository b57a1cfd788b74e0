package dev.bakeoff.advisor;

import dev.bakeoff.advisor.Verdict.Confidence.Level;
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
    static final String METHOD = "hard constraints, then weighted sum (WSM) of 0..1 criterion scores with the"
            + " team first-class (skill per language and framework, switching cost); measured criteria as fit to"
            + " the profile's requirements (1 = meets with headroom), not as ratios to the best stack; the answer"
            + " is the option that ranks first most often under the uncertainty of weights, facts, requirements"
            + " and measurements";

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

    /** The workloads {@code profile}'s verdict reads (what {@code advise --measure} runs). */
    public MeasureNeeds needs(Profile profile) {
        return MeasureNeeds.of(profile, Load.of(kb.fit(), profile));
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

    /**
     * Asks the profile questions on {@code out}, reading answers (Enter keeps the default) from {@code in};
     * returns the answers as profile YAML (to save) with the profile read from it. End of input before the
     * last answer is bad input: nothing is returned.
     */
    public Answers interview(BufferedReader in, PrintWriter out) {
        String yaml = new Interview(kb, in, out).run();
        return new Answers(yaml, parseProfile(yaml, "--interactive"));
    }

    /** An interview's answers as profile YAML, and the profile they make. */
    public record Answers(String yaml, Profile profile) {}

    /** The verdict for {@code profile}; {@code run} is null when no run is stored (priors are used). */
    public Verdict advise(Profile profile, RunMetrics run) {
        return advise(profile, run, List.of());
    }

    /**
     * The verdict, with {@code evidenceNotes} from whoever chose the run (which run, what it lacks, what
     * newer runs were passed over and why) put first among the notes.
     */
    public Verdict advise(Profile profile, RunMetrics run, List<String> evidenceNotes) {
        CandidateFilter.Result filtered = CandidateFilter.apply(kb, profile);
        Weighting.Result weighting = Weighting.of(kb, profile);
        Scorer scorer = new Scorer(kb, profile);
        MetricView view = run == null ? null : MetricView.medians(run);
        ScoreTable table = scorer.score(filtered.kept(), view, true);
        double[] w = kb.criteria().stream()
                .mapToDouble(c -> weighting.weights().get(c.id()))
                .toArray();
        double[] totals = Wsm.totals(table.scores(), w);
        List<Verdict.Acceptability> acceptability =
                MonteCarlo.run(scorer, filtered.kept(), run, w, MonteCarlo.SAMPLES, MonteCarlo.SEED);
        Map<String, Double> first = new java.util.HashMap<>();
        acceptability.forEach(a -> first.put(a.option(), a.probabilityFirst()));
        // The answer is the option that ranks first most often under the stated uncertainty; the
        // weighted sum at the profile's own weights breaks ties and orders the rest.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) ->
                        -first.getOrDefault(table.options().get(i).id(), 0.0))
                .thenComparingDouble(i -> -totals[i]));
        // Options whose P(first) is within two standard errors of the most frequent first are tied in
        // the simulation (2,000 samples cannot tell them apart); among them the weighted sum decides.
        double top = first.getOrDefault(table.options().get(order.getFirst()).id(), 0.0);
        int answer = order.getFirst();
        for (int i : order) {
            double p = first.getOrDefault(table.options().get(i).id(), 0.0);
            double se = Math.sqrt((top + p - (top - p) * (top - p)) / MonteCarlo.SAMPLES);
            if (top - p <= 2 * se && totals[i] > totals[answer]) {
                answer = i;
            }
        }
        order.remove(Integer.valueOf(answer));
        order.addFirst(answer);
        List<Verdict.RankedOption> ranking = new ArrayList<>();
        for (int rank = 0; rank < order.size(); rank++) {
            Candidate c = table.options().get(order.get(rank));
            ranking.add(new Verdict.RankedOption(
                    rank + 1, c.id(), c.name(), totals[order.get(rank)], c.hybrid(), c.runtimes()));
        }
        int winner = order.getFirst();
        Verdict.Sensitivity sensitivity = new Verdict.Sensitivity(
                Sensitivity.flips(table, w, winner),
                Sensitivity.tornado(table, w, winner),
                acceptability,
                MonteCarlo.SAMPLES,
                MonteCarlo.SEED,
                "one weight at a time with the others rescaled; Monte Carlo: " + MonteCarlo.DESCRIPTION
                        + (run == null ? "" : " and measured values drawn within their 95% intervals"));
        List<Verdict.ClaimCheck> claims = new ClaimChecker(kb).check(run);
        Explanations explain = new Explanations(kb, table, w, weighting);
        Map<String, Fit.StackFit> fits = scorer.fits(scorer.inputs(view));
        Verdict.FitSummary fit = new Verdict.FitSummary(
                scorer.load().describe(),
                scorer.load().assumed(),
                Fit.MODEL,
                fits.values().stream().map(f -> f.sentence(scorer.load())).toList());
        Candidate win = table.options().get(winner);
        Candidate second = table.options().get(order.size() > 1 ? order.get(1) : winner);
        List<String> reasons = new ArrayList<>(FirstReasons.of(kb, profile, scorer, fits, win, second, filtered));
        reasons.addAll(explain.reasons(winner, order.size() > 1 ? order.get(1) : winner));
        List<String> notes = new ArrayList<>(evidenceNotes);
        notes.addAll(FirstReasons.teamNotes(kb, profile, scorer, win));
        if (Vagueness.isVague(profile)) {
            notes.add(Vagueness.NOTE + String.join("; ", scorer.load().assumed()) + ".");
        }
        ArticleCheck.note(kb, profile, table, w, totals, claims, winner).ifPresent(notes::add);
        notes.addAll(Notes.of(kb, table, w, run, claims, ranking));
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
                confidence(run, ranking, acceptability, profile, evidenceNotes),
                reasons,
                notes,
                fit);
    }

    private static Verdict.Confidence confidence(
            RunMetrics run,
            List<Verdict.RankedOption> ranking,
            List<Verdict.Acceptability> acceptability,
            Profile profile,
            List<String> evidenceNotes) {
        double p = acceptability.stream()
                .filter(a -> a.option().equals(ranking.getFirst().id()))
                .mapToDouble(Verdict.Acceptability::probabilityFirst)
                .findFirst()
                .orElse(0);
        String share = ranking.getFirst().name() + " ranks first in " + Format.pct(p)
                + " of samples of weights, looked-up facts, requirements";
        if (run == null) {
            return new Verdict.Confidence(
                    Level.LOW,
                    "no stored run: measured criteria use knowledge-base priors, not this machine; " + share);
        }
        Level level = p >= 0.75 ? Level.HIGH : p >= 0.5 ? Level.MEDIUM : Level.LOW;
        String capped = "";
        if (level == Level.HIGH && Vagueness.isVague(profile)) {
            level = Level.MEDIUM;
            capped = "; capped at medium: the profile states nothing that separates the options";
        } else if (level == Level.HIGH && evidenceNotes.stream().anyMatch(n -> n.startsWith("Caution"))) {
            level = Level.MEDIUM;
            capped = "; capped at medium: see the caution about the evidence run";
        }
        return new Verdict.Confidence(level, share + " and measured values (run " + run.runId() + ")" + capped);
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
