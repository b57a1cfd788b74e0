package dev.bakeoff.advisor;

import dev.bakeoff.yaml.YamlMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * knowledge/team.yaml: which language (and stack) each framework name means, and what working in an
 * unknown language costs. Skill per stack = the larger of the language skill, the framework skill on its
 * own stack, and a framework skill minus one on the other stacks of its language.
 */
record TeamRules(Map<String, Framework> frameworks, String switchingRationale, Map<String, Double> switchingCost) {

    record Framework(String language, String stack) {}

    TeamRules {
        frameworks = Map.copyOf(frameworks);
        switchingCost = Map.copyOf(switchingCost);
    }

    static TeamRules read(YamlMap root) {
        root.allowOnly(Set.of("frameworks", "switching_cost"));
        Map<String, Framework> frameworks = new LinkedHashMap<>();
        YamlMap f = root.requiredMap("frameworks");
        for (String name : f.keys()) {
            YamlMap m = f.requiredMap(name).allowOnly(Set.of("language", "stack"));
            frameworks.put(
                    name,
                    new Framework(
                            m.requiredString("language"),
                            m.optionalString("stack").orElse("")));
        }
        YamlMap s = root.requiredMap("switching_cost").allowOnly(Set.of("rationale", "penalties"));
        Map<String, Double> penalties = new LinkedHashMap<>();
        YamlMap p = s.requiredMap("penalties");
        p.keys().forEach(k -> penalties.put(k, p.requiredDouble(k, 0, 1)));
        return new TeamRules(frameworks, s.requiredString("rationale"), penalties);
    }

    /** The team's skill (0..5) on one stack of {@code language}, or -1 when the profile says nothing of it. */
    int skill(Profile.Team team, String stack, String language) {
        int best = team.skills().containsKey(language) ? team.skill(language) : -1;
        for (Map.Entry<String, Integer> e : team.frameworks().entrySet()) {
            Framework fw = frameworks.get(e.getKey());
            if (fw == null || !fw.language().equals(language)) {
                continue;
            }
            int level = fw.stack().isEmpty() || fw.stack().equals(stack) ? e.getValue() : e.getValue() - 1;
            best = Math.max(best, Math.max(0, level));
        }
        return best;
    }
}
