package dev.bakeoff.model;

import java.util.List;

/**
 * A resolved run: which stacks, which workloads, how many rounds, and every step in the order it
 * will run. Printed before the run ({@code --dry-run} prints it and stops) and stored with the results.
 *
 * @param preset        quick, standard or thorough
 * @param rounds        each round starts every stack afresh; stacks are interleaved within a round
 * @param warmupSeconds warm-up before each measured step whose endpoint is already warm
 * @param warmupMaxSeconds the longest warm-up of an endpoint's first closed-model step, which ends as soon as
 *     its throughput is steady (0 in runs stored before steady-state warm-ups)
 * @param measureSeconds length of each measured step
 * @param steps         per workload, the load steps of one stack in one round
 * @param estimatedSeconds the plan's expected wall time, set-up excluded
 * @param notes         what a reader of the plan must know: how apps warm up, what the preset trades away
 * @param compositions  the composed stacks among {@code stacks}: which app runs in front of which service
 */
public record Plan(
        String preset,
        List<String> stacks,
        List<Workload> workloads,
        int rounds,
        double warmupSeconds,
        double warmupMaxSeconds,
        double measureSeconds,
        List<Step> steps,
        CpuPlan cpus,
        int datasetRows,
        double estimatedSeconds,
        List<String> notes,
        List<Composition> compositions) {

    public Plan {
        notes = notes == null ? List.of() : List.copyOf(notes); // runs stored before notes have none
        // Runs stored before this field said the same in a note: "Composed: <stack> runs <front> in front of ..."
        compositions = compositions == null ? Composition.fromNotes(notes) : List.copyOf(compositions);
        stacks = List.copyOf(stacks);
        workloads = List.copyOf(workloads);
        steps = List.copyOf(steps);
    }

    /** The composed stack's service, if {@code stack} is one. */
    public java.util.Optional<String> serviceOf(String stack) {
        return compositions.stream()
                .filter(c -> c.stack().equals(stack))
                .map(Composition::service)
                .findFirst();
    }

    /** A composed stack of the plan: {@code front} runs in front of {@code service}, both its own stacks. */
    public record Composition(String stack, String front, String service) {
        private static final java.util.regex.Pattern NOTE =
                java.util.regex.Pattern.compile("^Composed: (\\S+) runs (\\S+) in front of (\\S+) \\(.*");

        static List<Composition> fromNotes(List<String> notes) {
            return notes.stream()
                    .map(NOTE::matcher)
                    .filter(java.util.regex.Matcher::matches)
                    .map(m -> new Composition(m.group(1), m.group(2), m.group(3)))
                    .toList();
        }
    }

    /**
     * One load step of a workload, e.g. io at 256 requests in flight.
     *
     * @param level      a short label, unique within the workload (e.g. {@code c256}, {@code max}, {@code capacity})
     * @param what       what it does, for people (e.g. "closed model, 256 in flight, GET /io?ms=50")
     * @param seconds    its expected duration including warm-up
     */
    public record Step(Workload workload, String level, String what, double seconds) {}
}
