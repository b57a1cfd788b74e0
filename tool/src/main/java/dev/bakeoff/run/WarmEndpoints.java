package dev.bakeoff.run;

import dev.bakeoff.lab.AppFailure;
import dev.bakeoff.lab.AppProcess;
import dev.bakeoff.loadgen.LoadInterrupted;
import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.plan.StepSpec;
import dev.bakeoff.plan.WarmupMix;
import dev.bakeoff.run.StepRunner.Warmup;
import java.util.List;

/**
 * Warms a running app up once, on every endpoint its round will load, before its first HTTP step: one
 * unmeasured closed-model phase of all of them together (each on its own connections), at least the
 * runtime's floor from its {@code stack.yaml} and then until throughput holds level; the plan says which
 * endpoints and how many connections each ({@link WarmupMix}). One phase per app,
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
        List<StepSpec.Request> all = WarmupMix.of(sequence, stack);
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
}
