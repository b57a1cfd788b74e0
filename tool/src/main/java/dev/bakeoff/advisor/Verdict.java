package dev.bakeoff.advisor;

import java.util.List;

/**
 * The advisor's answer for one profile: the ranking, why (per option and criterion, with evidence), how
 * robust it is (sensitivity), what the run says about the articles' claims, and how confident it is.
 * Plain data for the CLI, reports, the web UI and {@code --json}.
 *
 * @param runId       the run whose measurements were used; empty when none was available
 * @param environment the measured machine as the run recorded it; empty without a run
 * @param method      how the ranking was computed, in one sentence
 * @param reasons     the top reasons the winner beats the runner-up, one sentence each
 * @param notes       what the reader must know: missing or flagged evidence, contradicted claims
 * @param fit         the load the verdict assumed and each stack's fit to it on the measured machine
 */
public record Verdict(
        String profileName,
        Profile profile,
        String runId,
        String environment,
        String method,
        List<RankedOption> ranking,
        List<Exclusion> excluded,
        List<CriterionWeight> weights,
        List<OptionScores> options,
        Sensitivity sensitivity,
        List<ClaimCheck> claims,
        Confidence confidence,
        List<String> reasons,
        List<String> notes,
        FitSummary fit) {

    public RankedOption winner() {
        return ranking.getFirst();
    }

    /** The best option that uses some other runtime than the winner's, if any survived the constraints. */
    public java.util.Optional<RankedOption> bestOtherRuntime() {
        return ranking.stream()
                .filter(r -> !r.runtimes().equals(winner().runtimes()))
                .findFirst();
    }

    /** The second option, or the winner itself when only one option survived the constraints. */
    public RankedOption runnerUp() {
        return ranking.size() > 1 ? ranking.get(1) : ranking.getFirst();
    }

    /** @param runtimes node, python or jvm; two for a hybrid */
    public record RankedOption(int rank, String id, String name, double score, boolean hybrid, List<String> runtimes) {}

    /** An option removed by a hard constraint: the field and where it is set. */
    public record Exclusion(String option, String field, String where, String reason) {}

    /** @param evidence measured, looked-up or profile; {@code why} lists where its points came from */
    public record CriterionWeight(String id, String name, double weight, String evidence, List<String> why) {}

    public record OptionScores(String id, String name, double total, List<CriterionScore> criteria) {}

    public record CriterionScore(
            String criterion, double score, double weight, double contribution, Evidence evidence) {}

    /**
     * @param kind   measured, prior (a fact standing in for a missing measurement), fact, profile or combined
     * @param source a run id, a document or URL, or the profile's file:line
     * @param asOf   the run's date or the fact's as-of date
     */
    public record Evidence(String kind, String text, String source, String asOf) {}

    public record Sensitivity(
            List<FlipPoint> flips,
            List<TornadoBar> tornado,
            List<Acceptability> acceptability,
            int samples,
            long seed,
            String method) {}

    /**
     * @param flipWeight the weight at which {@code challenger} would overtake; NaN if no weight does
     * @param low        lower end of the stability interval (winner unchanged from low to high)
     */
    public record FlipPoint(
            String criterion,
            String challenger,
            double weight,
            double flipWeight,
            double low,
            double high,
            String sentence) {}

    /** The winner's margin over the best other option with this weight 10 points lower and higher. */
    public record TornadoBar(String criterion, double marginLow, double marginHigh, double swing) {}

    public record Acceptability(String option, double probabilityFirst) {}

    /**
     * @param outcome supported, contradicted, inconclusive, not measured, lookup or judgement
     * @param detail  the numbers and workload that decided it, or the fact that checks it
     */
    public record ClaimCheck(String id, String claim, List<String> seeds, String test, String outcome, String detail) {}

    /**
     * @param load    the requirements as used, e.g. "2,000 req/s at peak, p99 budget 50 ms, 4 cores"
     * @param assumed the defaults the profile left to the tool, one phrase each
     * @param model   how measurements were scaled to the load
     * @param stacks  one sentence per stack: meets / needs N cores / cannot meet, with the numbers
     */
    public record FitSummary(String load, List<String> assumed, String model, List<String> stacks) {}

    /** @param level high, medium or low */
    public record Confidence(String level, String reason) {}
}
