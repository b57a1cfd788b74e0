package dev.bakeoff.advisor;

import java.util.List;
import java.util.Map;

/**
 * What the user is building: workload traits, team, priorities and hard constraints (schema in
 * examples/README.md). Immutable; {@code where} maps each dotted field to the {@code file:line} (or
 * phrase, or question) it came from, so that complaints about it can say where to fix it.
 *
 * @param priorities  priority name (see knowledge/weights.yaml) to 0..5; absent priorities are 0
 * @param articlesSay for the articles' own scenarios: the family (node, python, java, hybrid) the articles
 *                    recommend, so that a verdict against them is shown and explained; never an input
 *                    of the method; empty for every other profile
 */
public record Profile(
        String name,
        String description,
        Traits workload,
        Requirements requirements,
        Team team,
        Map<String, Integer> priorities,
        Constraints constraints,
        List<String> decisionMakers,
        String articlesSay,
        Map<String, String> where) {

    public Profile {
        priorities = Map.copyOf(priorities);
        decisionMakers = List.copyOf(decisionMakers);
        where = Map.copyOf(where);
    }

    /**
     * What the app does. {@code ml} is none, inference, training or llm-orchestration; {@code database} none,
     * some or heavy (how much of its request handling waits on a database: most CRUD apps are heavy).
     */
    public record Traits(
            long concurrentConnections,
            Share realtime,
            double cpuHeavyShare,
            Ml ml,
            Share dataProcessing,
            DatabaseUse database) {}

    /**
     * What the app must sustain; 0 means "not stated" (the fit model then assumes the documented default
     * and says so).
     *
     * @param peakRps        requests (or messages) per second at peak
     * @param p99Ms          the p99 latency budget in ms
     * @param rowsPerRequest rows a data request works through
     * @param datasetGb      size of the data the app holds or scans
     * @param cores          cores available to the app (all instances together)
     * @param budgetUsdMonth hosting budget per month (turned into cores by the price in knowledge/fit.yaml)
     */
    public record Requirements(
            double peakRps, double p99Ms, long rowsPerRequest, double datasetGb, int cores, double budgetUsdMonth) {
        public static final Requirements NONE = new Requirements(0, 0, 0, 0, 0, 0);

        /** Whether any requirement was stated. */
        public boolean any() {
            return peakRps > 0 || p99Ms > 0 || rowsPerRequest > 0 || datasetGb > 0 || cores > 0 || budgetUsdMonth > 0;
        }
    }

    /**
     * Who builds it. {@code skills} maps javascript (TypeScript counts as JavaScript), python and java to
     * 0..5 (a stated 0 is "does not know it"); {@code frameworks} maps framework names of
     * knowledge/team.yaml to 0..5; {@code frontend} is typescript, javascript, other or none, and says
     * nothing about backend skill; {@code otherLanguages} are languages Bakeoff does not offer.
     */
    public record Team(
            Map<String, Integer> skills,
            Map<String, Integer> frameworks,
            Frontend frontend,
            boolean beginners,
            List<String> otherLanguages) {
        public Team {
            skills = Map.copyOf(skills);
            frameworks = Map.copyOf(frameworks);
            otherLanguages = List.copyOf(otherLanguages);
        }

        public int skill(String language) {
            return skills.getOrDefault(language, 0);
        }

        /** Whether the profile says anything about the team's backend skills. */
        public boolean stated() {
            return !skills.isEmpty() || !frameworks.isEmpty() || !otherLanguages.isEmpty();
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
            case "workload.realtime" -> workload.realtime().word();
            case "workload.cpu_heavy_share" -> String.valueOf(workload.cpuHeavyShare());
            case "workload.ml" -> workload.ml().word();
            case "workload.data_processing" -> workload.dataProcessing().word();
            case "workload.database" -> workload.database().word();
            case "team.frontend" -> team.frontend().word();
            case "team.beginners" -> String.valueOf(team.beginners());
            case "team.skills_given" -> String.valueOf(team.stated());
            default ->
                dotted.startsWith("team.skills.")
                        ? String.valueOf(team.skill(dotted.substring("team.skills.".length())))
                        : "";
        };
    }

    /** How much of the app a trait is: {@code workload.realtime} and {@code workload.data_processing}. */
    public enum Share implements Worded {
        NONE,
        SOME,
        CORE;

        @Override
        public String toString() {
            return word();
        }
    }

    /** The app's ML/AI work: {@code workload.ml}; only in-process inference is measured. */
    public enum Ml implements Worded {
        NONE,
        INFERENCE,
        TRAINING,
        LLM_ORCHESTRATION;

        @Override
        public String toString() {
            return word();
        }
    }

    /** How much of the app's request handling waits on a database: {@code workload.database}. */
    public enum DatabaseUse implements Worded {
        NONE,
        SOME,
        HEAVY;

        @Override
        public String toString() {
            return word();
        }
    }

    /** The team's frontend language: {@code team.frontend}. */
    public enum Frontend implements Worded {
        TYPESCRIPT,
        JAVASCRIPT,
        OTHER,
        NONE;

        @Override
        public String toString() {
            return word();
        }
    }

    /** Where a field was set ({@code file:line}), or where the profile is when it was left to its default. */
    public String whereOf(String dotted) {
        return where.getOrDefault(dotted, where.getOrDefault("", name));
    }
}
