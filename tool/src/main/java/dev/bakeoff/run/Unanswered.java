package dev.bakeoff.run;

import dev.bakeoff.lab.AppProcess;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.plan.StepSpec;

/** The rule that turns a step an app did not serve into a failed cell of that app. */
final class Unanswered {
    private Unanswered() {}

    /**
     * A step the app did not really serve (more errors than answers, or no answer at all) fails its cell,
     * with the app's last log lines: a hung or garbage-answering app is a failure, not a slow result.
     */
    static Measurement check(Measurement m, StepSpec spec, AppProcess app) {
        // A paced step that never sent (no rate to derive from) is flagged with its reason, not unanswered.
        if (spec instanceof StepSpec.Fault) {
            return m; // its errors are what it measures; a front that died or never recovered failed already
        }
        boolean load = spec instanceof StepSpec.Closed
                || spec instanceof StepSpec.Open
                || (spec instanceof StepSpec.Paced && m.targetRate() > 0);
        // An error answer is among the completed ones too: what the app served is the 2xx answers.
        long served = m.completed() - m.errorsByClass().getOrDefault("non2xx", 0L);
        if (!m.ok() || !(m.errors() > served || (load && m.completed() == 0))) {
            return m;
        }
        return Measurement.failed(
                m.stack(),
                m.workload(),
                m.level(),
                m.round(),
                "the app did not answer: " + m.completed() + " answers in the measured phase, " + m.errors()
                        + " errors " + m.errorsByClass()
                        + (m.errors() == 0 ? " (none failed: its answers came late, or not at all)" : "")
                        + HealthProbe.logTail(app, m.stack(), 15));
    }
}
