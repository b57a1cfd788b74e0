package dev.bakeoff.lab;

import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.yaml.Spelling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The stacks found under a stacks folder, one per sub-folder with a {@code stack.yaml}. */
public final class StackCatalog {
    private final List<StackDefinition> stacks;

    private StackCatalog(List<StackDefinition> stacks) {
        this.stacks = List.copyOf(stacks);
    }

    /** Reads every {@code <dir>/<stack>/stack.yaml}; the first broken one stops it with its file:line. */
    public static StackCatalog load(Path stacksDir, Path shownRelativeTo) {
        if (!Files.isDirectory(stacksDir)) {
            throw new BadInputException(
                    stacksDir.toString(),
                    "no stacks folder here",
                    "run bakeoff from its checkout (the launcher ./bakeoff does this)");
        }
        List<StackDefinition> found = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(stacksDir)) {
            for (Path dir : dirs.sorted().toList()) {
                Path yaml = dir.resolve("stack.yaml");
                if (Files.isRegularFile(yaml)) {
                    found.add(StackYamlReader.read(
                            yaml,
                            shownRelativeTo.relativize(yaml.toAbsolutePath()).toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Composed stacks name others: resolved once every stack is read, in the same order.
        java.util.Map<String, StackDefinition> byName = new java.util.LinkedHashMap<>();
        found.forEach(s -> byName.put(s.name(), s));
        return new StackCatalog(found.stream()
                .map(s -> s.composed() ? ComposedStacks.resolve(s, byName) : s)
                .toList());
    }

    public List<StackDefinition> all() {
        return stacks;
    }

    public List<String> names() {
        return stacks.stream().map(StackDefinition::name).toList();
    }

    /** The named stacks in the order given, or all of them when {@code names} is empty. */
    public List<StackDefinition> select(List<String> names) {
        if (names == null || names.isEmpty()) {
            return stacks;
        }
        List<StackDefinition> chosen = new ArrayList<>();
        for (String name : names) {
            chosen.add(stacks.stream()
                    .filter(s -> s.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> {
                        String hint = Spelling.closest(name, names())
                                .map(s -> "did you mean '" + s + "'? ")
                                .orElse("");
                        return new BadInputException(
                                "stack '" + name + "'",
                                "no such stack",
                                hint + "known stacks: " + String.join(", ", names()));
                    }));
        }
        return chosen;
    }
}
