package dev.bakeoff.model;

import java.nio.file.Path;

/**
 * Where Bakeoff finds its stacks and keeps its state (logs, generated datasets, the results database).
 *
 * @param stacksDir the folder holding one folder per stack, each with a stack.yaml ({@code $BAKEOFF_STACKS}
 *                  or {@code -Dbakeoff.stacks} if set, else {@code stacks/} under the project root)
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
        String stacks = System.getProperty("bakeoff.stacks", System.getenv("BAKEOFF_STACKS"));
        Path stacksDir = stacks == null || stacks.isBlank()
                ? root.resolve("stacks")
                : Path.of(stacks).toAbsolutePath();
        return new Workspace(root, stacksDir, state);
    }
}
