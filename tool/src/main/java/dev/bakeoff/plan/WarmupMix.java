package dev.bakeoff.plan;

import dev.bakeoff.model.StackDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request mix of an app's one warm-up phase before its first HTTP step (run.WarmEndpoints runs it), and
 * what the plan's warm-up estimate counts on: nothing when the stack's steps load no endpoint.
 */
public final class WarmupMix {
    private WarmupMix() {}

    /**
     * One request per endpoint that the stack's steps load (its first path), each with as many of the
     * warm-up's connections as its first step gives it: the cheap endpoints most, a CPU-heavy one (8 in its own
     * steps, or a rare class of a mix) few, so that the warm-up leaves no backlog of slow jobs for the next step.
     */
    public static List<StepSpec.Request> of(List<StepSpec> sequence, StackDefinition stack) {
        Map<String, StepSpec.Request> byEndpoint = new LinkedHashMap<>();
        for (StepSpec s : sequence) {
            if (!s.appliesTo(stack)) {
                continue;
            }
            int total = s.mix().stream().mapToInt(StepSpec.Request::weight).sum();
            for (StepSpec.Request r : s.mix()) {
                int share = (int) Math.max(1, Math.round((double) connections(s) * r.weight() / total));
                byEndpoint.putIfAbsent(
                        r.warmKey(),
                        r.renamed(
                                r.warmKey().substring(1).replaceAll("[/?=]", "_"),
                                Math.min(share, Defaults.MAX_CONNECTIONS)));
            }
        }
        return new ArrayList<>(byEndpoint.values());
    }

    private static int connections(StepSpec s) {
        return switch (s) {
            case StepSpec.Closed c -> c.connections();
            case StepSpec.Open o -> o.connections();
            case StepSpec.Capacity c -> c.connections();
            case StepSpec.Paced pc -> Defaults.OPEN_CONNECTIONS;
            case StepSpec.Fault f -> f.connections();
            case StepSpec.Ws ws -> 0;
            case StepSpec.Startup st -> 0;
        };
    }
}
