package dev.bakeoff.advisor;

import dev.bakeoff.yaml.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads knowledge/weights.yaml. */
final class WeightsReader {
    private WeightsReader() {}

    static WeightRules read(YamlMap root) {
        root.allowOnly(Set.of("base", "priorities", "traits"));
        Map<String, Double> base = KnowledgeReader.numbers(root.requiredMap("base"));
        Map<String, Map<String, Double>> priorities = new LinkedHashMap<>();
        YamlMap p = root.requiredMap("priorities");
        p.keys().forEach(k -> priorities.put(k, KnowledgeReader.numbers(p.requiredMap(k))));
        List<WeightRules.Trait> traits = new ArrayList<>();
        for (YamlMap t : root.listOfMaps("traits")) {
            t.allowOnly(Set.of("field", "equals", "at_least", "scale", "add"));
            WeightRules.Trait trait = new WeightRules.Trait(
                    t.requiredString("field"),
                    t.optionalString("equals").orElse(null),
                    t.optionalDouble("at_least", 0, Double.MAX_VALUE).orElse(null),
                    t.optionalBoolean("scale").orElse(false),
                    KnowledgeReader.numbers(t.requiredMap("add")));
            int kinds = (trait.equals() != null ? 1 : 0) + (trait.atLeast() != null ? 1 : 0) + (trait.scale() ? 1 : 0);
            if (kinds != 1) {
                throw t.invalid("field", "needs exactly one of equals, at_least or scale: true", "pick one");
            }
            traits.add(trait);
        }
        return new WeightRules(base, priorities, traits);
    }
}
