package dev.bakeoff.plan;

import dev.bakeoff.model.Plan;
import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.Workload;
import java.util.List;

/** The definition of one load step of a workload; the run (run.StepRunner) runs it against an app. */
public sealed interface StepSpec {
    Workload workload();

    String level();

    String what();

    double seconds();

    /** The HTTP requests the step sends; none for WebSocket and start-up steps. */
    default List<Request> mix() {
        return List.of();
    }

    /** Whether {@code stack}'s round runs this step: a workload it serves (and, for a fault, a composed stack). */
    default boolean appliesTo(StackDefinition stack) {
        return stack.workloads().contains(workload());
    }

    default Plan.Step describe() {
        return new Plan.Step(workload(), level(), what(), seconds());
    }

    /**
     * A request class as part of a step: a name, a path, a weight, and a body (empty: a GET; else a POST of
     * that JSON, encoded once by the load generator).
     */
    record Request(String name, String path, int weight, String body) {
        Request(String name, String path, int weight) {
            this(name, path, weight, "");
        }

        public String method() {
            return body.isEmpty() ? "GET" : "POST";
        }

        /** The same request under another name and weight (warm-up classes). */
        Request renamed(String newName, int newWeight) {
            return new Request(newName, path, newWeight, body);
        }

        /** The path without its query: /cpu?n=20000 and /cpu?n=200000 run the same code, so warm one, warm both. */
        String endpoint() {
            int query = path.indexOf('?');
            return query < 0 ? path : path.substring(0, query);
        }

        /**
         * What one warm-up class stands for: the endpoint, and its data tier when it has one, because
         * /data/report's realistic and tuned tiers run different code (each must be warm before it is measured).
         */
        public String warmKey() {
            int tier = path.indexOf("tier=");
            if (tier < 0) {
                return endpoint();
            }
            int end = path.indexOf('&', tier);
            return endpoint() + "?" + path.substring(tier, end < 0 ? path.length() : end);
        }
    }

    /** Closed model on {@code connections}: maximum throughput, measured {@code measureSeconds} (the preset's if < 0). */
    record Closed(
            Workload workload,
            String level,
            String what,
            double seconds,
            int connections,
            List<Request> mix,
            double measureSeconds)
            implements StepSpec {}

    /**
     * Open model at a rate taken from an earlier step of the same workload: {@code share} of step {@code
     * fromLevel}'s throughput, at most {@code maxRate}, so that it sits well below the app's ceiling and the
     * generator's. {@code delayMs} is the downstream delay of an io level (0 otherwise): the warm-up lasts at
     * least that delay plus {@code settleSeconds}, so the measured phase sees the full count in flight, and
     * each request gets its own connection for as long as it waits.
     */
    record Paced(
            Workload workload,
            String level,
            String what,
            double seconds,
            String fromLevel,
            double share,
            double maxRate,
            int delayMs,
            List<Request> mix,
            double settleSeconds,
            double measureSeconds)
            implements StepSpec {
        /** The rate this step runs at, given the throughput of its {@code fromLevel} step. */
        public double rate(double fromRate) {
            return Math.min(maxRate, share * fromRate);
        }

        public double warmupSeconds() {
            return delayMs / 1000.0 + settleSeconds;
        }

        /** One connection per request in flight (rate x delay), with half as many again spare, 16 at least. */
        public int connections(double rate) {
            return (int) Math.ceil(rate * delayMs / 1000.0 * 1.5) + Defaults.OPEN_CONNECTIONS;
        }
    }

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

    /**
     * A composed stack's service made to fail ({@code fault}) while its front gets the fixed-rate {@code mix} at
     * {@code rate}: the front's errors and p99 on the forwarded route, and the p99 of its own route beside it.
     * The warm-up ({@code settleSeconds}) starts with the fault, so the measured phase sees its settled state.
     * Only composed stacks run it; the others have no service to lose.
     */
    record Fault(
            Workload workload,
            String level,
            String what,
            double seconds,
            ServiceFault fault,
            double rate,
            int connections,
            List<Request> mix,
            double settleSeconds,
            double measureSeconds)
            implements StepSpec {
        @Override
        public boolean appliesTo(StackDefinition stack) {
            return stack.composed() && stack.workloads().contains(workload);
        }
    }

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
