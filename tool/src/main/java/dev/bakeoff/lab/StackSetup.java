package dev.bakeoff.lab;

import dev.bakeoff.model.SetupResult;
import dev.bakeoff.model.SetupResult.Status;
import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.StackStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Brings stacks to a startable state (idempotent) and tells whether they are. */
public final class StackSetup {
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(20);

    private final Toolchain toolchain = Toolchain.current();

    /** Whether {@code stack} is ready to start, with its versions when it is. */
    public StackStatus status(StackDefinition stack) {
        String missing = missingCommands(stack);
        if (!missing.isEmpty()) {
            return status(stack, false, "missing commands: " + missing, "", "");
        }
        Commands.Outcome check = runCheck(stack);
        if (!check.ok()) {
            return status(stack, false, "not set up (run: ./bakeoff setup " + stack.name() + ")", "", "");
        }
        return status(
                stack,
                true,
                "",
                version(stack, stack.versions().runtime()),
                version(stack, stack.versions().framework()));
    }

    /** Sets {@code stack} up if its check fails; never throws for a stack that cannot be set up. */
    public SetupResult ensure(StackDefinition stack, Consumer<String> say) {
        String missing = missingCommands(stack);
        if (!missing.isEmpty()) {
            return new SetupResult(stack.name(), Status.FAILED, "missing commands on PATH: " + missing, List.of());
        }
        if (runCheck(stack).ok()) {
            return new SetupResult(stack.name(), Status.READY, "already set up", List.of());
        }
        List<String> manual = new ArrayList<>();
        if (!stack.setup().apt().isEmpty()) {
            if (isRoot() && Commands.onPath("apt-get")) {
                say.accept(stack.name() + ": apt-get install "
                        + String.join(" ", stack.setup().apt()));
                Commands.Outcome apt = AptInstall.install(stack.setup().apt());
                if (!apt.ok()) {
                    return new SetupResult(
                            stack.name(), Status.FAILED, "apt-get install failed:\n" + apt.tail(15), List.of());
                }
            } else {
                manual.add("sudo apt-get install -y "
                        + String.join(" ", stack.setup().apt()));
                stack.setup()
                        .pip()
                        .ifPresent(req -> manual.add("or, with pip: python3 -m pip install -r "
                                + stack.dir().resolve(req)));
            }
        }
        for (List<String> step : stack.setup().steps()) {
            List<String> argv = Placeholders.fill(step, placeholderValues(stack));
            say.accept(stack.name() + ": " + String.join(" ", argv));
            Commands.Outcome outcome = Commands.run(argv, stack.dir(), stepEnv(), STEP_TIMEOUT, false);
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
        Commands.Outcome check = runCheck(stack);
        if (check.ok()) {
            return new SetupResult(stack.name(), Status.INSTALLED, "set up", List.of());
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

    Map<String, String> placeholderValues(StackDefinition stack) {
        return Map.of(
                "java",
                toolchain.java(),
                "python",
                toolchain.python(),
                "dir",
                stack.dir().toString());
    }

    Toolchain toolchain() {
        return toolchain;
    }

    private Commands.Outcome runCheck(StackDefinition stack) {
        List<String> argv = Placeholders.fill(stack.setup().check(), placeholderValues(stack));
        return Commands.run(argv, stack.dir(), stepEnv(), CHECK_TIMEOUT, false);
    }

    private String version(StackDefinition stack, List<String> probe) {
        Commands.Outcome out = Commands.run(
                Placeholders.fill(probe, placeholderValues(stack)), stack.dir(), stepEnv(), CHECK_TIMEOUT, true);
        return out.ok() ? out.firstLine() : "unknown";
    }

    private Map<String, String> stepEnv() {
        String path =
                toolchain.javaHome().resolve("bin") + ":" + System.getenv().getOrDefault("PATH", "");
        return Map.of("JAVA_HOME", toolchain.javaHome().toString(), "PATH", path);
    }

    private static String missingCommands(StackDefinition stack) {
        return String.join(
                ", ",
                stack.requiredCommands().stream()
                        .filter(c -> !Commands.onPath(c))
                        .toList());
    }

    private static StackStatus status(
            StackDefinition s, boolean ready, String reason, String runtime, String framework) {
        return new StackStatus(
                s.name(), s.language(), s.runtime(), s.framework(), ready, reason, runtime, framework, s.websocket());
    }

    static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (Exception e) {
            return false;
        }
    }
}
