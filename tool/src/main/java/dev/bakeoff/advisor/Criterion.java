package dev.bakeoff.advisor;

import dev.bakeoff.model.Workload;
import java.util.List;

/**
 * One of the 18 criteria of knowledge/criteria.yaml.
 *
 * @param evidence  measured, looked-up or profile
 * @param factShare for measured criteria: the share of the score taken from the looked-up fact (0 = none)
 * @param hybrid    how a hybrid combines its parts: api, service, max, min or mean
 * @param measuredWhenMl for a looked-up criterion: the profile's workload.ml value under which its measures
 *     score it too (blended with the fact by factShare); empty: never
 */
record Criterion(
        String id,
        String name,
        List<String> seeds,
        String evidence,
        List<Measure> measures,
        double factShare,
        String hybrid,
        String measuredWhenMl) {

    Criterion withHybrid(String rule) {
        return new Criterion(id, name, seeds, evidence, measures, factShare, rule, measuredWhenMl);
    }

    /** A workload's metric that scores this criterion. */
    record Measure(Workload workload, String metric) {}

    boolean measured() {
        return evidence.equals("measured");
    }
}
