package dev.bakeoff.model;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A stack as its {@code stack.yaml} describes it: what it is, how to set it up, start it, size it and
 * read its versions. Argv and env values may hold placeholders such as {@code {port}} that the lab fills.
 *
 * @param source the stack.yaml path as shown in messages
 */
public record StackDefinition(
        String name,
        Path dir,
        String source,
        String language,
        String runtime,
        String framework,
        String summary,
        boolean websocket,
        String websocketNote,
        Set<Workload> workloads,
        List<String> requiredCommands,
        Setup setup,
        Start start,
        WorkerRule workers,
        VersionProbes versions,
        WarmupFloor warmup,
        Optional<Compose> compose) {

    public StackDefinition {
        workloads = Set.copyOf(workloads);
        requiredCommands = List.copyOf(requiredCommands);
        compose = compose == null ? Optional.empty() : compose;
    }

    public boolean composed() {
        return compose.isPresent();
    }

    /**
     * A stack made of two others, as it is deployed: {@code front} answers the clients and calls {@code service}
     * at {@code path}, finding it through the environment variable {@code env} (set to the service's base URL).
     *
     * @param parts the front's and the service's definitions, in that order; empty until the catalog has
     *     resolved the names (see StackCatalog)
     */
    public record Compose(String front, String service, String env, String path, List<StackDefinition> parts) {
        public Compose {
            parts = List.copyOf(parts);
        }

        public StackDefinition frontStack() {
            return parts.get(0);
        }

        public StackDefinition serviceStack() {
            return parts.get(1);
        }

        /**
         * The variable the lab sets to the front's timeout for its calls to the service, in milliseconds: the
         * URL variable's name with {@code _URL} replaced by {@code _TIMEOUT_MS} (ML_SERVICE_URL:
         * ML_SERVICE_TIMEOUT_MS), so that every front gives up on a hung service after the same time.
         */
        public String timeoutEnv() {
            return (env.endsWith("_URL") ? env.substring(0, env.length() - 4) : env) + "_TIMEOUT_MS";
        }
    }

    /**
     * How to bring the app to a startable state.
     *
     * @param pip     a requirements file: setup makes the stack a virtual environment in the Bakeoff home
     *                and installs it there (the managed Python route)
     * @param apt     Debian packages for the system route (Debian's Python and its packages)
     * @param node    the Node.js version setup installs into the Bakeoff home (the managed Node route)
     * @param runtime which runtime the stack runs on unless {@code bakeoff setup --runtime} says otherwise
     */
    public record Setup(
            List<String> check,
            List<String> apt,
            Optional<String> pip,
            Optional<String> node,
            RuntimeSource runtime,
            List<List<String>> steps) {}

    /** Where a stack's runtime comes from. */
    public enum RuntimeSource {
        /** Installed by {@code bakeoff setup} into the Bakeoff home: a venv for Python, Node.js from npm. */
        MANAGED,
        /** Found on the machine: {@code node} on PATH, Debian's Python with Debian's packages. */
        SYSTEM;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How to start the app; {@code env} is added to the contract's variables. */
    public record Start(List<String> argv, Map<String, String> env, Duration readyTimeout) {}

    /** Workers for a CPU set of {@code cpus} cores: {@code max(min, round(perCpu * cpus))}, for the reason {@code why}. */
    public record WorkerRule(double perCpu, int min, String why) {
        public int workersFor(int cpus) {
            return (int) Math.max(min, Math.round(perCpu * cpus));
        }
    }

    /**
     * The least load a fresh app of this runtime gets before anything is measured, from its measured warm-up
     * curve (bench/warmup-curve); the steady-state test may go on longer, never shorter.
     *
     * @param expectedSeconds how long the whole warm-up phase (floor, then until level and, on a JVM, until the
     *     JIT compilers are quiet) ran in a quick run on all its endpoints, for the plan's time estimate only;
     *     0 when not stated (the estimate then adds a fixed margin to the floor)
     */
    public record WarmupFloor(double minSeconds, String why, double expectedSeconds) {
        public static final WarmupFloor NONE = new WarmupFloor(0, "", 0);
    }

    /** Commands whose trimmed stdout is the runtime's and the framework's version. */
    public record VersionProbes(List<String> runtime, List<String> framework) {}
}
