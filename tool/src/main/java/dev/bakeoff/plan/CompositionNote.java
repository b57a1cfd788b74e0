package dev.bakeoff.plan;

import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.StackDefinition;

/**
 * The plan's note on a composed stack: which stack runs in front of which service, and how the hop is measured.
 * Its first words are the ones {@link dev.bakeoff.model.Plan.Composition} reads back from runs stored before the
 * plan had its compositions as a field.
 */
final class CompositionNote {
    private CompositionNote() {}

    /** The plan's line for a composed stack, saying how the two processes share the cores. */
    static String planNote(StackDefinition s) {
        var c = s.compose().orElseThrow();
        return "Composed: " + s.name() + " runs " + c.front() + " in front of " + c.service() + " (" + c.env()
                + "=http://127.0.0.1:<service port>, forwarding " + c.path() + ", " + c.timeoutEnv() + "="
                + Defaults.SERVICE_TIMEOUT_MS + "): the service starts first and"
                + " must answer /health before the front starts; front and service share the app cores (both"
                + " pinned to them, each sized for all of them); their CPU and memory are measured summed and"
                + " apart. The hop (" + MetricNames.ML_HOP_P50_MS + ", " + MetricNames.ML_HOP_P99_MS
                + ") is the composed stack's latency minus " + c.service()
                + "'s alone at the ml fixed-rate step, when the run has both. Last in its round, the lab hangs"
                + " (SIGSTOP) and then kills (SIGKILL) the service under a fixed load of forwarded calls and the"
                + " front's own /json: failed calls, the front's p99 on both, and the time it takes to answer"
                + " again once the service is back (restarted on its port after the kill).";
    }
}
