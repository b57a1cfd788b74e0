package dev.bakeoff.lab;

import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.StackDefinition.Compose;
import dev.bakeoff.model.StackDefinition.Start;
import dev.bakeoff.model.Workload;
import dev.bakeoff.yaml.YamlMap;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Composed stacks: a {@code stack.yaml} with {@code compose: {front, service, env, path}} instead of its own
 * setup and start. It is read in two passes, because its parts are other stacks of the catalog: first the
 * file alone ({@link #read}), then, with every stack read, its part names are resolved ({@link #resolve}).
 */
final class ComposedStacks {
    /** What a composed stack may say; its setup, start, workers and versions are its parts'. */
    private static final Set<String> TOP =
            Set.of("name", "language", "runtime", "framework", "summary", "workloads", "compose");

    private ComposedStacks() {}

    static StackDefinition read(YamlMap y, String name, Path dir, String shownAs, Set<Workload> workloads) {
        y.allowOnly(TOP);
        YamlMap c = y.requiredMap("compose").allowOnly(Set.of("front", "service", "env", "path"));
        String front = c.requiredString("front");
        String service = c.requiredString("service");
        for (String key : List.of("front", "service")) {
            if (c.requiredString(key).equals(name)) {
                throw c.invalid(key, "names this stack itself", "name another stack of the stacks folder");
            }
        }
        if (front.equals(service)) {
            throw c.invalid("service", "is the front too ('" + front + "')", "compose two different stacks");
        }
        String env = c.requiredString("env");
        if (!env.matches("[A-Z_][A-Z0-9_]*")) {
            throw c.invalid("env", "is '" + env + "', not an environment variable name", "e.g. env: ML_SERVICE_URL");
        }
        String path = c.optionalString("path").orElse("/ml/predict");
        if (!path.startsWith("/")) {
            throw c.invalid("path", "is '" + path + "', not a path", "start it with /, e.g. /ml/predict");
        }
        Compose compose = new Compose(front, service, env, path, List.of());
        return new StackDefinition(
                name,
                dir,
                shownAs,
                y.optionalString("language").orElse(""),
                y.optionalString("runtime").orElse(""),
                y.optionalString("framework").orElse(""),
                y.requiredString("summary"),
                false,
                "a composed stack",
                workloads,
                List.of(),
                null,
                null,
                null,
                null,
                StackDefinition.WarmupFloor.NONE,
                Optional.of(compose));
    }

    /**
     * {@code composed} with its parts found in {@code byName}: it runs the front's setup, start, workers and
     * version probes (the service's are run beside them by the lab), and waits for both to be ready.
     */
    static StackDefinition resolve(StackDefinition composed, Map<String, StackDefinition> byName) {
        Compose c = composed.compose().orElseThrow();
        StackDefinition front = part(composed, "front", c.front(), byName);
        StackDefinition service = part(composed, "service", c.service(), byName);
        for (Workload w : composed.workloads()) {
            if (!front.workloads().contains(w)) {
                throw new BadInputException(
                        composed.source() + ": workloads",
                        "lists " + w.id() + " but its front " + front.name() + " does not serve it",
                        "list only workloads of " + front.name() + ": " + ids(front.workloads()));
            }
        }
        Start start = new Start(
                front.start().argv(),
                front.start().env(),
                front.start().readyTimeout().plus(service.start().readyTimeout()));
        Set<String> commands = new LinkedHashSet<>(front.requiredCommands());
        commands.addAll(service.requiredCommands());
        return new StackDefinition(
                composed.name(),
                composed.dir(),
                composed.source(),
                or(composed.language(), front.language() + " + " + service.language()),
                or(composed.runtime(), front.runtime() + " + " + service.runtime()),
                or(composed.framework(), front.framework() + " in front of " + service.framework()),
                composed.summary(),
                false,
                "a composed stack: the lab measures what its front serves",
                composed.workloads(),
                List.copyOf(commands),
                front.setup(),
                start,
                front.workers(),
                front.versions(),
                front.warmup(),
                Optional.of(new Compose(c.front(), c.service(), c.env(), c.path(), List.of(front, service))));
    }

    private static StackDefinition part(
            StackDefinition composed, String key, String name, Map<String, StackDefinition> byName) {
        StackDefinition part = byName.get(name);
        if (part == null) {
            throw new BadInputException(
                    composed.source() + ": compose." + key,
                    "names unknown stack '" + name + "'",
                    "use one of: " + String.join(", ", byName.keySet()));
        }
        if (part.composed()) {
            throw new BadInputException(
                    composed.source() + ": compose." + key,
                    "names '" + name + "', itself a composed stack",
                    "compose stacks that run one app each");
        }
        return part;
    }

    private static String or(String given, String derived) {
        return given.isBlank() ? derived : given;
    }

    private static String ids(Set<Workload> workloads) {
        return workloads.stream().map(Workload::id).sorted().collect(Collectors.joining(", "));
    }
}
