package dev.bakeoff.lab;

import dev.bakeoff.model.SetupResult;
import dev.bakeoff.model.SetupResult.Status;
import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.StackDefinition.RuntimeSource;
import dev.bakeoff.model.StackStatus;
import dev.bakeoff.model.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Brings stacks to a startable state (idempotent) and tells whether they are. */
public final class StackSetup {
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(20);

    private final ManagedRuntimes home;
    /** A run's statuses, read once: each costs a check and two version probes (an interpreter importing pandas, a
     * JVM launch), seconds per stack that a run paid twice per stack before any load. Null: always read afresh. */
    private final java.util.concurrent.ConcurrentMap<String, java.util.concurrent.CompletableFuture<StackStatus>> memo;

    /** Setup against the Bakeoff home of the current workspace. */
    public StackSetup() {
        this(Workspace.discover().stateDir(), false);
    }

    public StackSetup(Path bakeoffHome) {
        this(bakeoffHome, false);
    }

    private StackSetup(Path bakeoffHome, boolean remember) {
        this.home = new ManagedRuntimes(bakeoffHome);
        this.memo = remember ? new java.util.concurrent.ConcurrentHashMap<>() : null;
    }

    /**
     * For one run, which never sets stacks up: each stack's status is read on first use and kept, so the run's
     * environment and its per-stack readiness check share one reading.
     */
    public static StackSetup forRun() {
        return new StackSetup(Workspace.discover().stateDir(), true);
    }

    /** Whether {@code stack} is ready to start, with its versions and install route when it is. */
    public StackStatus status(StackDefinition stack) {
        if (memo == null) {
            return read(stack);
        }
        // One reader per stack, the others wait for its answer: the environment reads several stacks at once.
        var mine = new java.util.concurrent.CompletableFuture<StackStatus>();
        var known = memo.putIfAbsent(stack.name(), mine);
        if (known != null) {
            return known.join();
        }
        try {
            StackStatus status = read(stack);
            mine.complete(status);
            return status;
        } catch (RuntimeException e) {
            memo.remove(stack.name());
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private StackStatus read(StackDefinition stack) {
        if (stack.composed()) {
            return composedStatus(stack);
        }
        Toolchain toolchain = toolchain(stack);
        String missing = missingCommands(stack);
        if (!missing.isEmpty()) {
            return status(stack, false, "missing commands: " + missing, "", "", toolchain);
        }
        boolean stale = toolchain.source() == RuntimeSource.MANAGED
                && stack.setup().pip().isPresent()
                && !ManagedInstall.venvCurrent(stack, home);
        if (stale || !runCheck(stack, toolchain).ok()) {
            return status(stack, false, "not set up (run: ./bakeoff setup " + stack.name() + ")", "", "", toolchain);
        }
        return status(
                stack,
                true,
                "",
                version(stack, stack.versions().runtime(), toolchain),
                version(stack, stack.versions().framework(), toolchain),
                toolchain);
    }

    /**
     * Sets {@code stack} up on {@code source} (or the source its stack.yaml names, when empty) if it is not
     * ready; never throws for a stack that cannot be set up.
     */
    public SetupResult ensure(StackDefinition stack, Optional<RuntimeSource> source, Consumer<String> say) {
        if (stack.composed()) {
            return ensureParts(stack, source, say);
        }
        String missing = missingCommands(stack);
        if (!missing.isEmpty()) {
            return new SetupResult(stack.name(), Status.FAILED, "missing commands on PATH: " + missing, List.of());
        }
        RuntimeSource chosen = source.orElse(stack.setup().runtime());
        boolean changed = home.source(stack) != chosen;
        home.recordSource(stack, chosen);
        Toolchain toolchain = toolchain(stack);
        if (!changed && status(stack).ready()) {
            return new SetupResult(stack.name(), Status.READY, "already set up; " + toolchain.route(), List.of());
        }
        List<String> manual = new ArrayList<>();
        Optional<String> failed =
                chosen == RuntimeSource.MANAGED ? installManaged(stack, say) : installSystem(stack, say, manual);
        if (failed.isPresent()) {
            return new SetupResult(stack.name(), Status.FAILED, failed.get(), List.of());
        }
        for (List<String> step : stack.setup().steps()) {
            List<String> argv = Placeholders.fill(step, placeholderValues(stack, toolchain));
            say.accept(stack.name() + ": " + String.join(" ", argv));
            Commands.Outcome outcome = Commands.run(argv, stack.dir(), stepEnv(toolchain), STEP_TIMEOUT, false);
            if (!outcome.ok()) {
                String why = outcome.timedOut()
                        ? "timed out after " + STEP_TIMEOUT.toMinutes() + " min"
                        : "exit " + outcome.exitCode();
                return new SetupResult(
                        stack.name(),
                        Status.FAILED,
                        String.join(" ", argv) + " failed (" + why + "):\n" + outcome.tail(15),
                        List.of());
            }
        }
        Commands.Outcome check = runCheck(stack, toolchain);
        if (check.ok()) {
            return new SetupResult(stack.name(), Status.INSTALLED, "set up; " + toolchain.route(), List.of());
        }
        if (!manual.isEmpty()) {
            return new SetupResult(
                    stack.name(), Status.MANUAL, "needs packages Bakeoff may not install (not root)", manual);
        }
        return new SetupResult(
                stack.name(),
                Status.FAILED,
                "still not ready after setup; its check said:\n" + check.tail(10),
                List.of());
    }

    /** {@link #ensure(StackDefinition, Optional, Consumer)} on the source the stack's stack.yaml names. */
    public SetupResult ensure(StackDefinition stack, Consumer<String> say) {
        return ensure(stack, Optional.empty(), say);
    }

    private Optional<String> installManaged(StackDefinition stack, Consumer<String> say) {
        if (stack.setup().pip().isPresent() && !ManagedInstall.venvCurrent(stack, home)) {
            Optional<String> failed = ManagedInstall.venv(stack, home, say);
            if (failed.isPresent()) {
                return failed;
            }
        }
        return stack.setup().node().flatMap(version -> ManagedInstall.node(version, home, say));
    }

    private Optional<String> installSystem(StackDefinition stack, Consumer<String> say, List<String> manual) {
        List<String> apt = stack.setup().apt();
        if (apt.isEmpty()) {
            return Optional.empty();
        }
        if (isRoot() && Commands.onPath("apt-get")) {
            say.accept(stack.name() + ": apt-get install " + String.join(" ", apt));
            Commands.Outcome out = AptInstall.install(apt);
            return out.ok() ? Optional.empty() : Optional.of("apt-get install failed:\n" + out.tail(15));
        }
        manual.add("sudo apt-get install -y " + String.join(" ", apt));
        return Optional.empty();
    }

    /**
     * The db workload's PostgreSQL server: ready, installed now with apt (when root), or the command to run;
     * never throws.
     */
    public SetupResult ensureDatabase(Consumer<String> say) {
        return PostgresInstall.ensure(say);
    }

    /** A composed stack is ready when both its parts are; its versions are theirs, front first. */
    private StackStatus composedStatus(StackDefinition stack) {
        var c = stack.compose().orElseThrow();
        StackStatus front = status(c.frontStack());
        StackStatus service = status(c.serviceStack());
        List<String> reasons = new ArrayList<>();
        for (StackStatus part : List.of(front, service)) {
            if (!part.ready()) {
                reasons.add(part.stack() + " " + part.reason());
            }
        }
        return new StackStatus(
                stack.name(),
                stack.language(),
                stack.runtime(),
                stack.framework(),
                reasons.isEmpty(),
                reasons.isEmpty() ? "" : "its parts are not ready: " + String.join("; ", reasons),
                front.runtimeVersion() + " + " + service.runtimeVersion(),
                front.frameworkVersion() + " + " + service.frameworkVersion(),
                false,
                front.installRoute() + " + " + service.installRoute());
    }

    /** Setting up a composed stack sets up its parts (it has nothing of its own to install). */
    private SetupResult ensureParts(StackDefinition stack, Optional<RuntimeSource> source, Consumer<String> say) {
        var c = stack.compose().orElseThrow();
        List<SetupResult> parts = List.of(ensure(c.frontStack(), source, say), ensure(c.serviceStack(), source, say));
        Status status = parts.stream().allMatch(p -> p.status() == Status.READY)
                ? Status.READY
                : parts.stream().allMatch(p -> p.status().usable())
                        ? Status.INSTALLED
                        : parts.stream().anyMatch(p -> p.status() == Status.FAILED) ? Status.FAILED : Status.MANUAL;
        List<String> manual =
                parts.stream().flatMap(p -> p.manualCommands().stream()).toList();
        String detail = parts.stream()
                .map(p -> p.stack() + ": " + p.detail())
                .collect(java.util.stream.Collectors.joining("; "));
        return new SetupResult(stack.name(), status, detail, manual);
    }

    Toolchain toolchain(StackDefinition stack) {
        if (stack.composed()) {
            return Toolchain.forStack(stack.compose().orElseThrow().frontStack(), home);
        }
        return Toolchain.forStack(stack, home);
    }

    /** The placeholders that setup steps, checks and version probes may use (no port, workers or dataset). */
    static Map<String, String> placeholderValues(StackDefinition stack, Toolchain toolchain) {
        MemoryBudget memory = MemoryBudget.current();
        return Map.of(
                "java", toolchain.java(),
                "python", toolchain.python(),
                "node", toolchain.node(),
                "dir", stack.dir().toString(),
                "memory_mib", String.valueOf(memory.appMib()),
                "heap_mib", String.valueOf(memory.heapMib()));
    }

    private Commands.Outcome runCheck(StackDefinition stack, Toolchain toolchain) {
        List<String> argv = Placeholders.fill(stack.setup().check(), placeholderValues(stack, toolchain));
        return Commands.run(argv, stack.dir(), stepEnv(toolchain), CHECK_TIMEOUT, false);
    }

    private String version(StackDefinition stack, List<String> probe, Toolchain toolchain) {
        Commands.Outcome out = Commands.run(
                Placeholders.fill(probe, placeholderValues(stack, toolchain)),
                stack.dir(),
                stepEnv(toolchain),
                CHECK_TIMEOUT,
                true);
        return out.ok() ? out.firstLine() : "unknown";
    }

    static Map<String, String> stepEnv(Toolchain toolchain) {
        return Map.of("JAVA_HOME", toolchain.javaHome().toString(), "PATH", toolchain.path());
    }

    private static String missingCommands(StackDefinition stack) {
        return String.join(
                ", ",
                stack.requiredCommands().stream()
                        .filter(c -> !Commands.onPath(c))
                        .toList());
    }

    private static StackStatus status(
            StackDefinition s, boolean ready, String reason, String runtime, String framework, Toolchain toolchain) {
        return new StackStatus(
                s.name(),
                s.language(),
                s.runtime(),
                s.framework(),
                ready,
                reason,
                runtime,
                framework,
                s.websocket(),
                toolchain.route());
    }

    static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (Exception e) {
            return false;
        }
    }
}
