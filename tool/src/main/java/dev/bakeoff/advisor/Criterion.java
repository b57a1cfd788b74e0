package dev.bakeoff.advisor;

import dev.bakeoff.model.Workload;
import java.util.List;
import java.util.Optional;

/**
 * One of the 18 criteria of knowledge/criteria.yaml.
 *
 * @param evidence  what it is scored from
 * @param factShare for measured criteria: the share of the score taken from the looked-up fact (0 = none)
 * @param hybrid    how a hybrid combines its parts' scores
 * @param measuredWhenMl for a looked-up criterion: the profile's workload.ml value under which its measures
 *     score it too (blended with the fact by factShare); empty: never
 */
record Criterion(
        String id,
        String name,
        List<String> seeds,
        Verdict.Basis evidence,
        List<Measure> measures,
        double factShare,
        HybridRule hybrid,
        Optional<Profile.Ml> measuredWhenMl) {

    Criterion withHybrid(HybridRule rule) {
        return new Criterion(id, name, seeds, evidence, measures, factShare, rule, measuredWhenMl);
    }

    /** A workload's metric that scores this criterion. */
    record Measure(Workload workload, String metric) {}

    boolean measured() {
        return evidence == Verdict.Basis.MEASURED;
    }

    /** How a hybrid's score on this criterion comes from its API part's and its service part's. */
    enum HybridRule implements Worded {
        API,
        SERVICE,
        MAX,
        MIN,
        MEAN
    }
}
