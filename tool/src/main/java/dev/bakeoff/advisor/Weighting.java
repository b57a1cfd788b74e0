package dev.bakeoff.advisor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a profile into criterion weights by the rules of knowledge/weights.yaml: points from the base,
 * from each priority (0..5 units) and from trait rules, divided by their sum. Keeps the reason for
 * every point so that the output can show where each weight came from.
 */
final class Weighting {
    private Weighting() {}

    /** Weights per criterion id (in criteria order, summing to 1) with the reasons behind each. */
    record Result(Map<String, Double> weights, Map<String, List<String>> why) {}

    static Result of(Knowledge kb, Profile profile) {
        Map<String, Double> points = new LinkedHashMap<>();
        Map<String, List<String>> why = new LinkedHashMap<>();
        for (Criterion c : kb.criteria()) {
            points.put(c.id(), 0.0);
            why.put(c.id(), new ArrayList<>());
        }
        WeightRules rules = kb.weights();
        rules.base().forEach((c, p) -> add(points, why, c, p, "base"));
        profile.priorities().forEach((priority, units) -> {
            if (units > 0) {
                rules.priorities()
                        .get(priority)
                        .forEach((c, p) -> add(points, why, c, p * units, "priorities." + priority + "=" + units));
            }
        });
        for (WeightRules.Trait t : rules.traits()) {
            double factor = t.factor(profile);
            if (factor > 0) {
                String reason = t.label(profile);
                t.add().forEach((c, p) -> add(points, why, c, p * factor, reason));
            }
        }
        double sum = points.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> weights = new LinkedHashMap<>();
        points.forEach((c, p) -> weights.put(c, p / sum));
        return new Result(weights, why);
    }

    private static void add(
            Map<String, Double> points, Map<String, List<String>> why, String criterion, double p, String reason) {
        if (p == 0) {
            return;
        }
        points.merge(criterion, p, Double::sum);
        why.get(criterion).add(reason + " +" + Format.num(p));
    }
}
