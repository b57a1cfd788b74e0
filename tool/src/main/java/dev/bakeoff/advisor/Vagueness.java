package dev.bakeoff.advisor;

/**
 * Whether a profile states anything that separates the options: a team, a requirement, a workload trait,
 * a priority or a constraint. A vague profile is answered from defaults, said so, and never "high".
 */
final class Vagueness {
    static final String NOTE = "The profile states nothing that separates the options (no team skills, requirements,"
            + " workload traits, priorities or constraints), so this answer rests on defaults and the base weights;"
            + " describe the team and the load for a real answer. Defaults used: ";

    private Vagueness() {}

    static boolean isVague(Profile p) {
        Profile.Traits w = p.workload();
        boolean workload = w.concurrentConnections() != 100
                || w.realtime() != Profile.Share.NONE
                || w.cpuHeavyShare() > 0
                || w.ml() != Profile.Ml.NONE
                || w.dataProcessing() != Profile.Share.NONE
                || w.database() != Profile.DatabaseUse.NONE;
        boolean constraints = !p.constraints().mustRunInProcess().isEmpty()
                || !p.constraints().runtimeOnly().isEmpty()
                || !p.constraints().exclude().isEmpty();
        boolean priorities = p.priorities().values().stream().anyMatch(v -> v > 0);
        return !workload
                && !constraints
                && !priorities
                && !p.team().stated()
                && !p.team().beginners()
                && p.team().frontend() == Profile.Frontend.NONE
                && !p.requirements().any();
    }
}
