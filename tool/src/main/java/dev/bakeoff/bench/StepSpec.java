package dev.bakeoff.bench;

import dev.bakeoff.model.Plan;
import dev.bakeoff.model.Workload;
import java.util.List;

/** The definition of one load step of a workload; {@link StepRunner} runs it against an app. */
sealed interface StepSpec {
    Workload workload();

    String level();

    String what();

    double seconds();

    default Plan.Step describe() {
        return new Plan.Step(workload(), level(), what(), seconds());
    }

    /** A request class as part of a step: a name, a path, a weight. */
    record Request(String name, String path, int weight) {}

    /** Closed model on {@code connections}: maximum throughput. */
    record Closed(Workload workload, String level, String what, double seconds, int connections, List<Request> mix)
            implements StepSpec {}

    /** Open model at a fixed rate. */
    record Open(
            Workload workload,
            String level,
            String what,
            double seconds,
            double rate,
            int connections,
            List<Request> mix,
            double measureSeconds)
            implements StepSpec {}

    /** Bisection for the highest rate meeting the SLO, between 0 and the step {@code maxLevel}'s throughput. */
    record Capacity(
            Workload workload,
            String level,
            String what,
            double seconds,
            int steps,
            double sloMillis,
            int connections,
            String maxLevel,
            List<Request> mix)
            implements StepSpec {}

    /** WebSocket broadcast fan-out, or an idle hold of many connections. */
    record Ws(
            Workload workload,
            String level,
            String what,
            double seconds,
            int connections,
            int publishers,
            double rate,
            boolean idle)
            implements StepSpec {}

    /** Launch-to-ready time and idle memory, read from the app's own start. */
    record Startup(Workload workload, String level, String what, double seconds) implements StepSpec {}
}
