package dev.bakeoff.lab;

import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.StackDefinition.RuntimeSource;
import dev.bakeoff.model.StackDefinition.Setup;
import dev.bakeoff.model.StackDefinition.Start;
import dev.bakeoff.model.StackDefinition.VersionProbes;
import dev.bakeoff.model.StackDefinition.WarmupFloor;
import dev.bakeoff.model.StackDefinition.WorkerRule;
import dev.bakeoff.model.Workload;
import dev.bakeoff.yaml.Yaml;
import dev.bakeoff.yaml.YamlMap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads and checks one {@code stack.yaml} (schema: stacks/README.md). */
final class StackYamlReader {
    private static final Set<String> TOP = Set.of(
            "name",
            "language",
            "runtime",
            "framework",
            "summary",
            "websocket",
            "websocket_note",
            "workloads",
            "requires",
            "setup",
            "start",
            "workers",
            "versions",
            "warmup",
            "compose");

    private StackYamlReader() {}

    static StackDefinition read(Path file, String shownAs) {
        YamlMap y = Yaml.read(file, shownAs).allowOnly(TOP);
        Path dir = file.toAbsolutePath().getParent();
        String name = y.requiredString("name");
        if (!name.equals(dir.getFileName().toString())) {
            throw y.invalid(
                    "name",
                    "is '" + name + "' but the folder is '" + dir.getFileName() + "'",
                    "make the name equal to the folder name");
        }
        if (y.optionalMap("compose").isPresent()) {
            return ComposedStacks.read(y, name, dir, shownAs, workloads(y));
        }
        boolean websocket = y.requiredBoolean("websocket");
        String websocketNote = y.optionalString("websocket_note").orElse("");
        if (!websocket && websocketNote.isBlank()) {
            throw y.invalid("websocket", "is false without a websocket_note", "add websocket_note: saying why");
        }
        Set<Workload> workloads = workloads(y);
        if (workloads.contains(Workload.WS) && !websocket) {
            throw y.invalid("workloads", "lists ws but websocket is false", "remove ws from workloads");
        }
        List<String> commands = y.optionalMap("requires")
                .map(r -> r.allowOnly(Set.of("commands"))
                        .optionalStringList("commands")
                        .orElse(List.of()))
                .orElse(List.of());
        return new StackDefinition(
                name,
                dir,
                shownAs,
                y.requiredString("language"),
                y.requiredString("runtime"),
                y.requiredString("framework"),
                y.requiredString("summary"),
                websocket,
                websocketNote,
                workloads,
                commands,
                setup(y.requiredMap("setup")),
                start(y.requiredMap("start")),
                workers(y.requiredMap("workers")),
                versions(y.requiredMap("versions")),
                y.optionalMap("warmup").map(StackYamlReader::warmup).orElse(WarmupFloor.NONE),
                Optional.empty());
    }

    static Set<Workload> workloads(YamlMap y) {
        Set<Workload> result = new LinkedHashSet<>();
        for (String id : y.requiredStringList("workloads")) {
            result.add(Workload.byId(id)
                    .orElseThrow(() -> y.invalid(
                            "workloads",
                            "names unknown workload '" + id + "'",
                            "use only: "
                                    + Arrays.stream(Workload.values())
                                            .map(Workload::id)
                                            .collect(Collectors.joining(", ")))));
        }
        return result;
    }

    private static Setup setup(YamlMap s) {
        s.allowOnly(Set.of("check", "apt", "pip", "node", "runtime", "steps"));
        List<String> check = argv(s, "check", s.requiredStringList("check"));
        List<List<String>> steps = s.listOfStringLists("steps");
        steps.forEach(step -> argv(s, "steps", step));
        Optional<String> node = s.optionalString("node");
        node.ifPresent(v -> {
            if (!v.matches("\\d+\\.\\d+\\.\\d+")) {
                throw s.invalid("node", "is '" + v + "', not an exact version", "pin one, e.g. node: 24.22.3");
            }
        });
        String runtime = s.optionalString("runtime").orElse("managed");
        RuntimeSource source = Arrays.stream(RuntimeSource.values())
                .filter(r -> r.id().equals(runtime))
                .findFirst()
                .orElseThrow(() -> s.invalid("runtime", "is '" + runtime + "'", "use managed or system"));
        return new Setup(
                check, s.optionalStringList("apt").orElse(List.of()), s.optionalString("pip"), node, source, steps);
    }

    private static Start start(YamlMap s) {
        s.allowOnly(Set.of("argv", "env", "ready_timeout_seconds"));
        List<String> argv = argv(s, "argv", s.requiredStringList("argv"));
        var env = s.stringMap("env");
        env.forEach((k, v) -> Placeholders.check(v).ifPresent(bad -> {
            throw s.invalid(
                    "env", "uses unknown placeholder {" + bad + "} in " + k, "use one of " + Placeholders.NAMES);
        }));
        long timeout = s.optionalLong("ready_timeout_seconds", 1, 600).orElse(60L);
        return new Start(argv, env, Duration.ofSeconds(timeout));
    }

    private static WorkerRule workers(YamlMap w) {
        w.allowOnly(Set.of("per_cpu", "min", "why"));
        String why = w.requiredString("why");
        if (why.isBlank()) {
            throw w.invalid("why", "is empty", "say which documented rule the worker count follows");
        }
        return new WorkerRule(
                w.requiredDouble("per_cpu", 0, 64),
                w.optionalLong("min", 1, 1024).orElse(1L).intValue(),
                why);
    }

    private static WarmupFloor warmup(YamlMap w) {
        w.allowOnly(Set.of("min_seconds", "why", "expected_seconds"));
        String why = w.requiredString("why");
        if (why.isBlank()) {
            throw w.invalid("why", "is empty", "say which measured warm-up curve the floor comes from");
        }
        double floor = w.requiredDouble("min_seconds", 0, 120);
        double expected = w.optionalDouble("expected_seconds", 0, 600).orElse(0.0);
        if (expected > 0 && expected < floor) {
            throw w.invalid(
                    "expected_seconds",
                    "is " + expected + ", below min_seconds " + floor,
                    "the warm-up never ends before its floor: give at least " + floor + " or leave it out");
        }
        return new WarmupFloor(floor, why, expected);
    }

    private static VersionProbes versions(YamlMap v) {
        v.allowOnly(Set.of("runtime", "framework"));
        return new VersionProbes(
                argv(v, "runtime", v.requiredStringList("runtime")),
                argv(v, "framework", v.requiredStringList("framework")));
    }

    private static List<String> argv(YamlMap where, String key, List<String> argv) {
        if (argv.isEmpty() || argv.get(0).isBlank()) {
            throw where.invalid(key, "is an empty command", "write the command as a list: [program, arg, ...]");
        }
        for (String arg : argv) {
            Placeholders.check(arg).ifPresent(bad -> {
                throw where.invalid(key, "uses unknown placeholder {" + bad + "}", "use one of " + Placeholders.NAMES);
            });
        }
        return argv;
    }
}
