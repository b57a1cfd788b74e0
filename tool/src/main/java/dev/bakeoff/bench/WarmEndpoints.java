package dev.bakeoff.bench;

import dev.bakeoff.bench.StepRunner.Warmup;
import dev.bakeoff.lab.AppProcess;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The endpoints one running app has been warmed up on, and so how its next step warms up. An endpoint's
 * first closed-model step warms up until its throughput stops rising; an open-model step cannot tell a
 * warm server (its throughput is its rate), so on a cold endpoint it is preceded by an unmeasured
 * closed-model warm-up. Every warm-up is reported to the listener with how long it took.
 */
final class WarmEndpoints {
    private final Set<String> warm = new HashSet<>();
    private final StepRunner steps;
    private final AppProcess app;
    private final String stack;
    private final RunListener listener;

    WarmEndpoints(StepRunner steps, AppProcess app, String stack, RunListener listener) {
        this.steps = steps;
        this.app = app;
        this.stack = stack;
        this.listener = listener;
    }

    /** How {@code spec} warms up; runs the separate warm-up first when it needs one. */
    Warmup before(StepSpec spec) {
        List<StepSpec.Request> mix = spec.mix();
        if (mix.isEmpty() || mix.stream().allMatch(r -> warm.contains(r.endpoint()))) {
            return Warmup.FIXED;
        }
        mix.forEach(r -> warm.add(r.endpoint()));
        if (spec instanceof StepSpec.Closed) {
            return Warmup.UNTIL_STEADY;
        }
        try {
            warmedUp(spec, steps.warmUp(app, mix, listener::interval));
        } catch (RuntimeException e) {
            // The step that follows meets the same app and fails its own cell, with its log, if it must.
            listener.message(stack + ": warm-up of " + endpoints(spec) + " failed: " + e.getMessage());
        }
        return Warmup.FIXED;
    }

    /** Reports a warm-up of {@code seconds}; one that ran to the preset's limit says throughput was still rising. */
    void warmedUp(StepSpec spec, double seconds) {
        listener.message(String.format(
                "%s: %s warmed up for %.1f s%s",
                stack,
                endpoints(spec),
                seconds,
                steps.stillRising(seconds)
                        ? ", the longest allowed: throughput was still rising"
                        : " until throughput stopped rising"));
    }

    private static String endpoints(StepSpec spec) {
        return String.join(
                " + ",
                new LinkedHashSet<>(
                        spec.mix().stream().map(StepSpec.Request::endpoint).toList()));
    }
}
