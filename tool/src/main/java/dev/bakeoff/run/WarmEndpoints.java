package dev.bakeoff.bench;

import dev.bakeoff.bench.StepRunner.Warmup;
import dev.bakeoff.lab.AppFailure;
import dev.bakeoff.lab.AppProcess;
import dev.bakeoff.loadgen.LoadInterrupted;
import dev.bakeoff.model.StackDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warms a running app up once, on every endpoint its round will load, before its first HTTP step: one
 * unmeasured closed-model phase of all of them together (each on its own connections), at least the
 * runtime's floor from its {@code stack.yaml} and then until throughput holds level. One phase per app,
 * not one per endpoint: the runtime compiles its shared HTTP path once, and the floor is paid once. Every
 * step after it warms up only briefly ({@link Warmup#FIXED}); each closed-model step's own trend check
 * ({@link Trend}) flags any that was still warming.
 */
final class WarmEndpoints {
    private final StepRunner steps;
    private final AppProcess app;
    private final StackDefinition stack;
    private final List<StepSpec> sequence;
    private final RunListener listener;
    private boolean warm;

    WarmEndpoints(
            StepRunner steps, AppProcess app, StackDefinition stack, List<StepSpec> sequence, RunListener listener) {
        this.steps = steps;
        this.app = app;
        this.stack = stack;
        this.sequence = sequence;
        this.listener = listener;
    }

    /** How {@code spec} warms up; runs the app's one warm-up phase first when this is its first HTTP step. */
    Warmup before(StepSpec spec) {
        if (spec.mix().isEmpty() || warm) {
            return Warmup.FIXED;
        }
        warm = true;
        List<StepSpec.Request> all = endpoints(sequence, stack);
        double floor = stack.warmup().minSeconds();
        try {
            StepRunner.Warmed warmed = steps.warmUp(app, all, floor, listener::interval);
            double seconds = warmed.seconds();
            listener.message(String.format(
                    "%s: %s warmed up together for %.1f s (floor %.0f s, %s)%s%s",
                    stack.name(),
                    String.join(
                            " + ", all.stream().map(StepSpec.Request::warmKey).toList()),
                    seconds,
                    floor,
                    stack.source(),
                    steps.stillRising(seconds, floor)
                            ? ", the longest allowed: throughput was still changing or the JIT still compiling"
                            : " until throughput held level",
                    Double.isNaN(warmed.jitShare())
                            ? ""
                            : String.format(
                                    "; JIT compiler threads at %.0f%% of a core over its last %.1f s",
                                    100 * warmed.jitShare(),
                                    dev.bakeoff.loadgen.Defaults.STEADY_STATE
                                                    .window()
                                                    .toMillis()
                                            / 1000.0)));
        } catch (AppFailure | LoadInterrupted e) {
            // The step that follows meets the same app and fails its own cell, with its log, if it must.
            listener.message(stack.name() + ": warm-up failed: " + e.getMessage());
        }
        return Warmup.FIXED;
    }

    /**
     * One request per endpoint that the stack's steps load (its first path), each with as many of the
     * warm-up's connections as its first step gives it: the cheap endpoints most, a CPU-heavy one (8 in its own
     * steps, or a rare class of a mix) few, so that the warm-up leaves no backlog of slow jobs for the next step.
     */
    static List<StepSpec.Request> endpoints(List<StepSpec> sequence, StackDefinition stack) {
        Map<String, StepSpec.Request> byEndpoint = new LinkedHashMap<>();
        for (StepSpec s : sequence) {
            if (!stack.workloads().contains(s.workload())) {
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
            case StepSpec.Ws ws -> 0;
            case StepSpec.Startup st -> 0;
        };
    }
}
