package dev.bakeoff.advisor;

import java.util.List;
import java.util.Map;

/**
 * What the user is building: workload traits, team, priorities and hard constraints (schema in
 * examples/README.md). Immutable; {@code where} maps each dotted field to the {@code file:line} (or
 * phrase, or question) it came from, so that complaints about it can say where to fix it.
 *
 * @param priorities priority name (see knowledge/weights.yaml) to 0..5; absent priorities are 0
 */
public record Profile(
        String name,
        String description,
        Traits workload,
        Team team,
        Map<String, Integer> priorities,
        Constraints constraints,
        List<String> decisionMakers,
        Map<String, String> where) {

    public Profile {
        priorities = Map.copyOf(priorities);
        decisionMakers = List.copyOf(decisionMakers);
        where = Map.copyOf(where);
    }

    /** What the app does. {@code ml} is none, inference, training or llm-orchestration. */
    public record Traits(
            long concurrentConnections, String realtime, double cpuHeavyShare, String ml, String dataProcessing) {}

    /**
     * Who builds it. {@code skills} maps javascript (TypeScript counts as JavaScript), python and java to
     * 0..5; {@code frontend} is typescript, javascript, other or none.
     */
    public record Team(Map<String, Integer> skills, String frontend, boolean beginners) {
        public Team {
            skills = Map.copyOf(skills);
        }

        public int skill(String language) {
            return skills.getOrDefault(language, 0);
        }
    }

    /** Knock-out rules applied before any scoring. */
    public record Constraints(List<String> mustRunInProcess, List<String> runtimeOnly, List<String> exclude) {
        public Constraints {
            mustRunInProcess = List.copyOf(mustRunInProcess);
            runtimeOnly = List.copyOf(runtimeOnly);
            exclude = List.copyOf(exclude);
        }
    }

    /** The value of a dotted field as text, for the data-driven weight rules; empty text if unknown. */
    public String field(String dotted) {
        return switch (dotted) {
            case "workload.concurrent_connections" -> String.valueOf(workload.concurrentConnections());
            case "workload.realtime" -> workload.realtime();
            case "workload.cpu_heavy_share" -> String.valueOf(workload.cpuHeavyShare());
            case "workload.ml" -> workload.ml();
            case "workload.data_processing" -> workload.dataProcessing();
            case "team.frontend" -> team.frontend();
            case "team.beginners" -> String.valueOf(team.beginners());
            case "team.skills_given" -> String.valueOf(!team.skills().isEmpty());
            default ->
                dotted.startsWith("team.skills.")
                        ? String.valueOf(team.skill(dotted.substring("team.skills.".length())))
                        : "";
        };
    }

    /** Where a field was set ({@code file:line}), or where the profile is when it was left to its default. */
    public String whereOf(String dotted) {
        return where.getOrDefault(dotted, where.getOrDefault("", name));
    }
}
