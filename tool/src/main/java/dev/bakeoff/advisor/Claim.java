package dev.bakeoff.advisor;

import dev.bakeoff.model.Workload;
import java.util.List;

/**
 * An article claim from knowledge/claims.yaml.
 *
 * @param test measured, lookup or judgement
 * @param fact for lookup claims, criterion/key of the fact that checks it; else empty
 * @param rule for measured claims, how a run decides it; else null
 */
record Claim(String id, String claim, List<String> seeds, String test, String criterion, String fact, Rule rule) {

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
            String expect,
            double threshold,
            double tolerance,
            String tie) {}
}
