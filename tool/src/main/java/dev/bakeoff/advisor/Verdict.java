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

    /** @param why where its points came from */
    public record CriterionWeight(String id, String name, double weight, Basis evidence, List<String> why) {}

    /** What a criterion is scored from (knowledge/criteria.yaml's {@code evidence}). */
    public enum Basis implements Worded {
        MEASURED,
        LOOKED_UP,
        /** The team's own answers: skills, preferences. */
        PROFILE;

        @Override
        public String toString() {
            return word();
        }
    }

    public record OptionScores(String id, String name, double total, List<CriterionScore> criteria) {}

    public record CriterionScore(
            String criterion, double score, double weight, double contribution, Evidence evidence) {}

    /**
     * @param source a run id, a document or URL, or the profile's file:line
     * @param asOf   the run's date or the fact's as-of date
     */
    public record Evidence(Kind kind, String text, String source, String asOf) {

        /** Where one score came from. */
        public enum Kind implements Worded {
            MEASURED("m"),
            /** A looked-up fact standing in for a missing measurement. */
            PRIOR("p"),
            FACT("f"),
            PROFILE("u"),
            /** A hybrid's score, combined from its parts. */
            COMBINED("h");

            private final String mark;

            Kind(String mark) {
                this.mark = mark;
            }

            /** The one-letter mark of the text tables' score cells. */
            public String mark() {
                return mark;
            }

            @Override
            public String toString() {
                return word();
            }
        }
    }

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
     * @param test    measured, lookup or judgement (claims.yaml's word)
     * @param outcome what the run or the knowledge base says of the claim
     * @param detail  the numbers and workload that decided it, or the fact that checks it
     */
    public record ClaimCheck(String id, String claim, List<String> seeds, String test, Outcome outcome, String detail) {

        /** What a claim check concluded; {@link #word()} is how every table, report and JSON spells it. */
        public enum Outcome implements Worded {
            SUPPORTED,
            CONTRADICTED,
            /** The run measured it, but the intervals straddle the line or a side has no usable figure. */
            INCONCLUSIVE,
            /** A measured claim with no run to check it against. */
            NOT_MEASURED,
            /** Checked against a sourced fact, not a measurement. */
            LOOKUP,
            /** Opinion or anecdote: weighted through the profile. */
            JUDGEMENT;

            /** "not measured" is two words, as the claims tables have always written it. */
            @Override
            public String word() {
                return this == NOT_MEASURED ? "not measured" : Worded.super.word();
            }

            @Override
            public String toString() {
                return word();
            }
        }

        /** A claim a run decides (as opposed to a lookup or a judgement). */
        public boolean measured() {
            return test.equals("measured");
        }
    }

    /**
     * @param load    the requirements as used, e.g. "2,000 req/s at peak, p99 budget 50 ms, 4 cores"
     * @param assumed the defaults the profile left to the tool, one phrase each
     * @param model   how measurements were scaled to the load
     * @param stacks  one sentence per stack: meets / needs N cores / cannot meet, with the numbers
     */
    public record FitSummary(String load, List<String> assumed, String model, List<String> stacks) {}

    public record Confidence(Level level, String reason) {

        /** How sure the verdict is: from the share of sampled weights and facts under which the winner stays first. */
        public enum Level implements Worded {
            HIGH,
            MEDIUM,
            LOW;

            @Override
            public String toString() {
                return word();
            }
        }
    }
}
