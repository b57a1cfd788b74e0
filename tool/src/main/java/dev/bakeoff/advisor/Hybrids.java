package dev.bakeoff.advisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores a hybrid on one criterion from its two parts (the criterion's 'hybrid' rule), then takes off
 * the hybrid's costs for that criterion, so that two runtimes, the network hop and the lost type sharing
 * are counted rather than assumed free.
 */
final class Hybrids {
    private Hybrids() {}

    /** The stated cost that a measured hop replaces, and on which criterion. */
    static final String HOP_COST = "network_hop";

    static final String HOP_CRITERION = "ai_ml";

    /**
     * @param hop      the hybrid's hop as the run measured it, if it did
     * @param budgetMs the profile's p99 budget (what a measured hop is a share of)
     */
    static Scorer.Cell combine(
            Knowledge kb,
            Candidate hybrid,
            Criterion c,
            Scorer.Cell api,
            Scorer.Cell service,
            boolean explain,
            Optional<MeasuredHop> hop,
            double budgetMs) {
        double score = switch (c.hybrid()) {
            case API -> api.score();
            case SERVICE -> service.score();
            case MAX -> Math.max(api.score(), service.score());
            case MIN -> Math.min(api.score(), service.score());
            case MEAN -> (api.score() + service.score()) / 2;
        };
        List<String> costs = new ArrayList<>();
        for (String id : hybrid.costs()) {
            HybridCost cost = kb.costs().get(id);
            Double penalty = cost.penalties().get(c.id());
            if (penalty != null && id.equals(HOP_COST) && c.id().equals(HOP_CRITERION) && hop.isPresent()) {
                double measured = hop.get().penalty(budgetMs);
                score -= measured;
                costs.add("minus " + Format.score(measured) + " for " + id.replace('_', ' ') + ": "
                        + hop.get().text(budgetMs) + " (in place of the stated " + Format.score(penalty) + ")"
                        + hop.get().faultText());
            } else if (penalty != null) {
                score -= penalty;
                costs.add("minus " + Format.score(penalty) + " for " + id.replace('_', ' ') + ": " + cost.rationale()
                        + (!id.equals(HOP_COST)
                                ? ""
                                : hop.isPresent()
                                        ? " (stated: the run measured the hop of /ml/predict, which prices "
                                                + HOP_CRITERION + " only)"
                                        : " (stated: no run measured this hybrid's hop)"));
            }
        }
        score = Math.max(0, Math.min(1, score));
        if (!explain) {
            return new Scorer.Cell(score, null);
        }
        String text = c.hybrid().word() + " of API part " + hybrid.api() + " (" + Format.score(api.score()) + ": "
                + api.evidence().text() + ") and service part " + hybrid.service() + " ("
                + Format.score(service.score())
                + ": " + service.evidence().text() + ")";
        if (!costs.isEmpty()) {
            text += "; " + String.join("; ", costs);
        }
        String source = api.evidence().source().equals(service.evidence().source())
                ? api.evidence().source()
                : api.evidence().source() + "; " + service.evidence().source();
        return new Scorer.Cell(
                score,
                new Verdict.Evidence(
                        Verdict.Evidence.Kind.COMBINED,
                        text,
                        source,
                        api.evidence().asOf()));
    }
}
