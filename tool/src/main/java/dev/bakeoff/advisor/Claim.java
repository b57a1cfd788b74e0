package dev.bakeoff.advisor;

import dev.bakeoff.model.Workload;
import java.util.List;
import java.util.Locale;

/**
 * An article claim from knowledge/claims.yaml.
 *
 * @param test measured, lookup or judgement
 * @param fact for lookup claims, criterion/key of the fact that checks it; else empty
 * @param rule for measured claims, how a run decides it; else null
 */
record Claim(String id, String claim, List<String> seeds, TestKind test, String criterion, String fact, Rule rule) {

    /** How a claim is checked: claims.yaml's {@code test}. */
    enum TestKind implements Worded {
        MEASURED,
        LOOKUP,
        JUDGEMENT
    }

    /** What a measured claim expects of its subject: claims.yaml's {@code rule.expect}. */
    enum Expect implements Worded {
        BETTER,
        WORSE,
        CLOSE,
        AT_LEAST,
        AT_MOST;

        /** claims.yaml writes these with '_' ("at_least"). */
        @Override
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * How a run decides a claim: the best of {@code subject} against the best of {@code versus}, or
     * against {@code threshold}.
     *
     * @param expect better, worse, close, at_least or at_most
     * @param tie    for better/worse: the outcome when the intervals overlap (inconclusive, or contradicted
     *     where the claim says one side is clearly worse and a tie is the opposite of it)
     */
    record Rule(
            Workload workload,
            String metric,
            List<String> subject,
            List<String> versus,
            Expect expect,
            double threshold,
            double tolerance,
            Verdict.ClaimCheck.Outcome tie) {}

    /** What claims.yaml's {@code rule.tie} may say overlapping intervals mean. */
    enum Tie implements Worded {
        INCONCLUSIVE(Verdict.ClaimCheck.Outcome.INCONCLUSIVE),
        CONTRADICTED(Verdict.ClaimCheck.Outcome.CONTRADICTED);

        private final Verdict.ClaimCheck.Outcome outcome;

        Tie(Verdict.ClaimCheck.Outcome outcome) {
            this.outcome = outcome;
        }

        Verdict.ClaimCheck.Outcome outcome() {
            return outcome;
        }

        @Override
        public String word() {
            return outcome.word();
        }
    }
}
