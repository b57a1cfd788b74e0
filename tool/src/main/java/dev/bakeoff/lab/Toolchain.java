package dev.bakeoff.lab;

import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.StackDefinition.RuntimeSource;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The runtimes one stack's placeholders point at: Bakeoff's own JDK ({@code {java}}), and the Python and
 * Node.js of the stack's runtime source ({@code {python}}, {@code {node}}): the venv and the Node.js that
 * setup installed into the Bakeoff home (managed), or the machine's own (system).
 *
 * @param route how the stack's runtime and packages are installed, as {@code bakeoff stacks} shows it
 */
record Toolchain(Path javaHome, String python, String node, RuntimeSource source, String route) {
    static Toolchain forStack(StackDefinition stack, ManagedRuntimes home) {
        Path javaHome = Path.of(System.getProperty("java.home"));
        RuntimeSource source = home.source(stack);
        String python = systemPython();
        String node = "node";
        String route;
        if (stack.setup().pip().isPresent() && source == RuntimeSource.MANAGED) {
            python = home.venvPython(stack).toString();
            route = "managed: venv " + home.venv(stack) + " (pip install -r "
                    + stack.setup().pip().get() + ")"
                    + home.venvBase(stack).map(base -> ", made from " + base).orElse("");
        } else if (stack.setup().pip().isPresent() || !stack.setup().apt().isEmpty()) {
            route = "system: " + python + " with Debian packages (apt-get install; older releases)";
        } else if (stack.setup().node().isPresent() && source == RuntimeSource.MANAGED) {
            String version = stack.setup().node().get();
            node = home.nodeBin(version).toString();
            route = "managed: Node.js " + version + " (npm package " + ManagedRuntimes.nodePackage() + ") in "
                    + home.nodeHome(version) + "; packages: npm ci";
        } else if (stack.setup().node().isPresent() || stack.runtime().startsWith("Node")) {
            route = "system: node on PATH; packages: its setup steps";
        } else if (stack.runtime().startsWith("Java")) {
            route = "the JDK that runs Bakeoff (" + javaHome + "); app built by its setup steps";
        } else {
            route = "system: " + stack.runtime() + " on PATH; its setup steps";
        }
        return new Toolchain(javaHome, python, node, source, route);
    }

    /** Debian's Python is the one its packages install into; elsewhere python3 on PATH. */
    static String systemPython() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    String java() {
        return javaHome.resolve("bin").resolve("java").toString();
    }

    /** PATH for setup steps and the app: the JDK's and the managed Node's bin folders first. */
    String path() {
        String path = javaHome.resolve("bin") + ":" + System.getenv().getOrDefault("PATH", "");
        return node.contains("/") ? Path.of(node).getParent() + ":" + path : path;
    }
}
