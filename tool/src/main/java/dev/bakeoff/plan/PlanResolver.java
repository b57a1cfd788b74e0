package dev.bakeoff.plan;

import dev.bakeoff.lab.StackCatalog;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.CpuPlan;
import dev.bakeoff.model.Plan;
import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.Workload;
import dev.bakeoff.yaml.Spelling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Resolves a plan in one place: the preset gives the defaults, flags override them (JMH-style
 * precedence: flags > preset > {@link Defaults}). The result is printed before it runs and stored with it.
 */
public final class PlanResolver {
    private PlanResolver() {}

    /**
     * @param presetId  quick, standard or thorough
     * @param stackNames stacks to run (empty: all)
     * @param workloadIds workloads to run (empty: all)
     * @param rounds    rounds to run instead of the preset's (0: the preset's)
     */
    public static RunPlan resolve(
            String presetId,
            List<String> stackNames,
            List<String> workloadIds,
            int rounds,
            StackCatalog catalog,
            CpuPlan cpus) {
        Preset preset = Preset.byId(presetId, "--preset");
        if (rounds < 0 || rounds > 50) {
            throw new BadInputException("--rounds", "must be from 1 to 50, got " + rounds, "use e.g. --rounds 3");
        }
        List<Workload> workloads = MlSteps.quickDefault(preset, workloadIds, workloads(workloadIds));
        List<StackDefinition> stacks = catalog.select(stackNames);
        if (stackNames == null || stackNames.isEmpty()) {
            // Composed stacks exist to measure the hop of ml: by default they join only runs with ml (so
            // quick's default, which runs no ml, stays the six stacks in five minutes); named, they always run.
            stacks = stacks.stream()
                    .filter(s -> !s.composed() || workloads.contains(Workload.ML))
                    .toList();
        }
        Map<Workload, List<StepSpec>> steps = new EnumMap<>(Workload.class);
        for (Workload w : workloads) {
            steps.put(w, WorkloadSteps.of(w, preset));
        }
        List<StepSpec> sequence = WorkloadSteps.inRunOrder(steps);
        double perRound = 0;
        for (StackDefinition stack : stacks) {
            // Only the steps of workloads the stack serves: the runner skips the others (a composed stack runs ml,
            // a stack without WebSocket skips ws).
            double stepsSeconds = Defaults.START_ESTIMATE_SECONDS * launches(stack, sequence);
            for (StepSpec s : sequence) {
                if (s.appliesTo(stack)) {
                    stepsSeconds += s.seconds();
                }
            }
            perRound += stepsSeconds + warmupEstimate(stack, sequence, preset);
        }
        List<Plan.Step> described = sequence.stream().map(StepSpec::describe).toList();
        int effectiveRounds = rounds == 0 ? preset.rounds : rounds;
        Plan plan = new Plan(
                preset.id(),
                stacks.stream().map(StackDefinition::name).toList(),
                workloads,
                effectiveRounds,
                preset.warmupSeconds,
                preset.warmupMaxSeconds,
                preset.measureSeconds,
                described,
                cpus,
                Defaults.DATASET_ROWS,
                perRound * effectiveRounds,
                notes(preset, stacks, sequence),
                stacks.stream()
                        .filter(StackDefinition::composed)
                        .map(s -> new Plan.Composition(
                                s.name(),
                                s.compose().orElseThrow().front(),
                                s.compose().orElseThrow().service()))
                        .toList());
        return new RunPlan(plan, preset, stacks, sequence);
    }

    /**
     * Launches per stack and round: one, and a second for start-up when the round predicts (run.Runner reads idle
     * memory from its own launch without the ml model, as loading it would be charged to every other figure).
     */
    static int launches(StackDefinition stack, List<StepSpec> sequence) {
        boolean predicts =
                stack.workloads().contains(Workload.ML) && sequence.stream().anyMatch(s -> s.workload() == Workload.ML);
        boolean startup = stack.workloads().contains(Workload.STARTUP)
                && sequence.stream().anyMatch(s -> s.workload() == Workload.STARTUP);
        return predicts && startup ? 2 : 1;
    }

    /**
     * The expected length of a stack's one warm-up phase: its runtime's floor or the steady-state test's two
     * windows, whichever is longer, plus what a runtime usually needs beyond that; nothing without HTTP steps.
     */
    static double warmupEstimate(StackDefinition stack, List<StepSpec> sequence, Preset preset) {
        if (WarmupMix.of(sequence, stack).isEmpty()) {
            return 0;
        }
        double window = dev.bakeoff.loadgen.Defaults.STEADY_STATE.window().toMillis() / 1000.0;
        double limit = Math.max(preset.warmupMaxSeconds, stack.warmup().minSeconds());
        if (stack.warmup().expectedSeconds() >= Preset.QUICK.warmupMaxSeconds) {
            // It ran to quick's limit in the measured run: it would have gone on, so expect this preset's limit.
            return limit;
        }
        if (stack.warmup().expectedSeconds() > 0) {
            // What its warm-up took in a measured quick run (stack.yaml): a JIT's compilers outlast the floor.
            return Math.min(limit, stack.warmup().expectedSeconds());
        }
        return Math.min(
                limit, Math.max(stack.warmup().minSeconds(), window) + Defaults.STEADY_BEYOND_FLOOR_ESTIMATE_SECONDS);
    }

    private static List<String> notes(Preset preset, List<StackDefinition> stacks, List<StepSpec> sequence) {
        String floors = stacks.stream()
                .map(s -> String.format("%s %.0f s", s.name(), s.warmup().minSeconds())
                        + (s.warmup().expectedSeconds() > 0
                                ? String.format(
                                        " (took %.0f s in a measured quick run)",
                                        s.warmup().expectedSeconds())
                                : ""))
                .collect(Collectors.joining(", "));
        double window = dev.bakeoff.loadgen.Defaults.STEADY_STATE.window().toMillis() / 1000.0;
        List<String> notes = new ArrayList<>();
        notes.add(String.format(
                "Warm-up: before its first HTTP step each app gets one unmeasured phase on all its endpoints together,"
                        + " at least its runtime's floor (stack.yaml warmup.min_seconds: %s), then until throughput"
                        + " holds level over two windows (%.1f s at least) and a JVM's JIT compilers are quiet, at most %.0f s. A closed-model step whose"
                        + " throughput still rises beyond its noise is flagged \"still warming\", not evidence.",
                floors, window, preset.warmupMaxSeconds));
        if (sequence.stream().anyMatch(s -> s.workload() == Workload.IO)) {
            notes.add(IoPlanNote.of(preset));
        }
        if (sequence.stream().anyMatch(s -> s instanceof StepSpec.Paced p && p.delayMs() == 0)) {
            notes.add(String.format(
                    "Efficiency: an open-model step at %.0f%% of the workload's max (at most %.0f req/s) reports the"
                            + " app's CPU-seconds per 1,000 requests and RSS from /proc; capacity per core and hosting"
                            + " cost in advise are computed from it when every stack has one.",
                    Defaults.EFFICIENCY_SHARE * 100, Defaults.EFFICIENCY_MAX_RATE));
        }
        if (!preset.tradeoffs().isEmpty()) {
            notes.add(preset.id() + " trades away: " + preset.tradeoffs());
        }
        MlSteps.quickNote(preset).ifPresent(notes::add);
        stacks.stream()
                .filter(StackDefinition::composed)
                .map(CompositionNote::planNote)
                .forEach(notes::add);
        return notes;
    }

    static List<Workload> workloads(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of(Workload.values());
        }
        List<String> known = Arrays.stream(Workload.values()).map(Workload::id).toList();
        List<Workload> chosen = new ArrayList<>();
        for (String id : ids) {
            Workload w = Workload.byId(id)
                    .orElseThrow(() -> new BadInputException(
                            "--workloads",
                            "unknown workload '" + id + "'",
                            Spelling.closest(id, known)
                                            .map(s -> "did you mean '" + s + "'? ")
                                            .orElse("") + "known workloads: "
                                    + known.stream().collect(Collectors.joining(", "))));
            if (!chosen.contains(w)) {
                chosen.add(w);
            }
        }
        return chosen;
    }
}
