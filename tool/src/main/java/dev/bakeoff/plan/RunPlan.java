package dev.bakeoff.plan;

import dev.bakeoff.model.Plan;
import dev.bakeoff.model.StackDefinition;
import java.util.List;

/**
 * A plan together with what it takes to execute it: the stack definitions and the step definitions
 * of one stack in one round, in the order they run ({@link WorkloadSteps#inRunOrder}). Made only by
 * {@link PlanResolver}.
 */
public record RunPlan(Plan plan, Preset preset, List<StackDefinition> stacks, List<StepSpec> sequence) {
    public RunPlan {
        sequence = List.copyOf(sequence);
    }

    public int totalSteps() {
        return sequence.size() * stacks.size() * plan.rounds();
    }
}
