package dev.bakeoff.bench;

import dev.bakeoff.model.Plan;
import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.Workload;
import java.util.List;
import java.util.Map;

/**
 * A plan together with what it takes to execute it: the stack definitions and each workload's step
 * definitions. Made only by {@link PlanResolver}.
 */
public record RunPlan(Plan plan, Preset preset, List<StackDefinition> stacks, Map<Workload, List<StepSpec>> steps) {
    public int totalSteps() {
        int perStack = steps.values().stream().mapToInt(List::size).sum();
        return perStack * stacks.size() * plan.rounds();
    }
}
