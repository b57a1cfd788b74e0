package dev.bakeoff.advisor;

import java.util.List;
import java.util.Map;

/** knowledge/weights.yaml: base points, points per priority unit, and trait rules. */
record WeightRules(Map<String, Double> base, Map<String, Map<String, Double>> priorities, List<Trait> traits) {

    /** One trait rule; exactly one of equals, atLeast or scale applies. */
    record Trait(String field, String equals, Double atLeast, boolean scale, Map<String, Double> add) {
        /** How this rule reads in a weight's reasons, e.g. {@code workload.realtime=core}. */
        String label(Profile profile) {
            if (equals != null) {
                return field + "=" + equals;
            }
            return atLeast != null ? field + ">=" + Format.num(atLeast) : field + "=" + profile.field(field) + " x";
        }

        /** The multiplier of {@code add} for this profile: 0 when the rule does not apply. */
        double factor(Profile profile) {
            String value = profile.field(field);
            if (equals != null) {
                return equals.equals(value) ? 1 : 0;
            }
            double number = value.isEmpty() ? 0 : Double.parseDouble(value);
            if (atLeast != null) {
                return number >= atLeast ? 1 : 0;
            }
            return scale ? number : 0;
        }
    }
}
