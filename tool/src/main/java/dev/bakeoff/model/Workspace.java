package dev.bakeoff.model;

import java.nio.file.Path;

/**
 * Where Bakeoff finds its stacks and keeps its state (logs, generated datasets, the results database).
 *
 * @param stacksDir the folder holding one folder per stack, each with a stack.yaml
 * @param stateDir  {@code $BAKEOFF_HOME} if set, else {@code .bakeoff/} under the project root
 */
public record Workspace(Path root, Path stacksDir, Path stateDir) {
    public Path logsDir() {
        return stateDir.resolve("logs");
    }

    public Path dataDir() {
        return stateDir.resolve("data");
    }

    /** The workspace of the checkout the launcher runs from ({@code -Dbakeoff.root}, else the working directory). */
    public static Workspace discover() {
        Path root = Path.of(System.getProperty("bakeoff.root", "."))
                .toAbsolutePath()
                .normalize();
        String home = System.getenv("BAKEOFF_HOME");
        Path state = home == null || home.isBlank()
                ? root.resolve(".bakeoff")
                : Path.of(home).toAbsolutePath();
        return new Workspace(root, root.resolve("stacks"), state);
    }
}
