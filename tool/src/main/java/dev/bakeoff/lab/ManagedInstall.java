package dev.bakeoff.lab;

import dev.bakeoff.model.StackDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Installs the managed runtimes: a stack's venv from its requirements file, and a pinned Node.js from npm. */
final class ManagedInstall {
    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    private ManagedInstall() {}

    /** Whether the venv exists and was installed from the requirements file as it is now. */
    static boolean venvCurrent(StackDefinition stack, ManagedRuntimes home) {
        try {
            return Files.isExecutable(home.venvPython(stack))
                    && Files.readString(home.venvStamp(stack)).strip().equals(requirementsHash(stack));
        } catch (IOException e) {
            return false;
        }
    }

    /** Creates the stack's venv and installs its requirements; empty when done, else why it failed. */
    static Optional<String> venv(StackDefinition stack, ManagedRuntimes home, Consumer<String> say) {
        Path venv = home.venv(stack);
        String base = basePython();
        List<String> create = List.of(base, "-m", "venv", "--clear", venv.toString());
        say.accept(stack.name() + ": " + String.join(" ", create));
        Commands.Outcome made = Commands.run(create, stack.dir(), Map.of(), TIMEOUT, false);
        if (!made.ok() && StackSetup.isRoot() && Commands.onPath("apt-get")) {
            // Debian splits venv and ensurepip out of python3 into python3-venv.
            say.accept(stack.name() + ": " + base + " cannot make a venv; apt-get install python3-venv");
            AptInstall.install(List.of("python3-venv"));
            create = List.of("/usr/bin/python3", "-m", "venv", "--clear", venv.toString());
            made = Commands.run(create, stack.dir(), Map.of(), TIMEOUT, false);
        }
        if (!made.ok()) {
            return Optional.of(String.join(" ", create) + " failed:\n" + made.tail(10)
                    + "\nfix: install Python's venv module (Debian: apt-get install python3-venv), or set"
                    + " BAKEOFF_PYTHON to a Python 3.11+ that has it, or use Debian's packages:"
                    + " ./bakeoff setup --runtime system " + stack.name());
        }
        // --retries 1: a missing public index (an offline machine with a local one) costs seconds, not minutes.
        List<String> install = List.of(
                home.venvPython(stack).toString(),
                "-m",
                "pip",
                "install",
                "--disable-pip-version-check",
                "--no-input",
                "--retries",
                "1",
                "-r",
                stack.dir().resolve(stack.setup().pip().orElseThrow()).toString());
        say.accept(stack.name() + ": " + String.join(" ", install));
        Commands.Outcome pip = Commands.run(install, stack.dir(), Map.of(), TIMEOUT, false);
        if (!pip.ok()) {
            return Optional.of("pip install failed:\n" + pip.tail(15));
        }
        write(home.venvStamp(stack), requirementsHash(stack));
        return Optional.empty();
    }

    /** Installs Node.js {@code version} from npm into the Bakeoff home; empty when done, else why it failed. */
    static Optional<String> node(String version, ManagedRuntimes home, Consumer<String> say) {
        Path bin = home.nodeBin(version);
        if (reportsVersion(bin, version)) {
            return Optional.empty();
        }
        List<String> install = new ArrayList<>(List.of(
                "npm",
                "install",
                "--prefix",
                home.nodeHome(version).toString(),
                "--no-save",
                "--no-package-lock",
                "--no-audit",
                "--no-fund",
                ManagedRuntimes.nodePackage() + "@" + version));
        try {
            Files.createDirectories(home.nodeHome(version));
        } catch (IOException e) {
            return Optional.of("cannot create " + home.nodeHome(version) + ": " + e.getMessage());
        }
        say.accept("Node.js " + version + ": " + String.join(" ", install));
        Commands.Outcome out = Commands.run(install, home.nodeHome(version).getParent(), Map.of(), TIMEOUT, false);
        if (!out.ok() || !reportsVersion(bin, version)) {
            return Optional.of("installing Node.js " + version + " from npm failed:\n" + out.tail(10)
                    + "\nfix: check that npm reaches its registry, or run on the node on PATH:"
                    + " ./bakeoff setup --runtime system STACK");
        }
        return Optional.empty();
    }

    private static boolean reportsVersion(Path bin, String version) {
        if (!Files.isExecutable(bin)) {
            return false;
        }
        Commands.Outcome v = Commands.run(
                List.of(bin.toString(), "--version"), bin.getParent(), Map.of(), Duration.ofSeconds(30), true);
        return v.ok() && v.firstLine().equals("v" + version);
    }

    /** The interpreter venvs are made from: {@code $BAKEOFF_PYTHON}, else python3 on PATH, else Debian's. */
    static String basePython() {
        String chosen = System.getenv("BAKEOFF_PYTHON");
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        return Commands.onPath("python3") ? "python3" : Toolchain.systemPython();
    }

    private static String requirementsHash(StackDefinition stack) {
        try {
            byte[] text =
                    Files.readAllBytes(stack.dir().resolve(stack.setup().pip().orElseThrow()));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (IOException e) {
            return "unreadable";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
