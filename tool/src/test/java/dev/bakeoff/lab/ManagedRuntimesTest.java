package dev.bakeoff.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.StackDefinition.RuntimeSource;
import dev.bakeoff.model.StackStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedRuntimesTest {
    @TempDir
    Path dir;

    private static final String PYTHON_STACK = """
            name: demo
            language: Python
            runtime: CPython
            framework: demo
            summary: test
            websocket: false
            websocket_note: none
            workloads: [plaintext]
            setup:
              check: ["{python}", -c, "1"]
              pip: requirements.txt
              apt: [python3-demo]
            start:
              argv: ["{python}", app.py]
            workers:
              per_cpu: 1
              why: one process
            versions:
              runtime: ["{python}", -c, "1"]
              framework: ["{python}", -c, "1"]
            """;

    @Test
    void aManagedPythonStackRunsOnItsVenvUntilItsRequirementsChange() throws Exception {
        StackDefinition stack = stack(PYTHON_STACK);
        Path home = dir.resolve("home");
        fakeVenv(stack, home);
        StackSetup setup = new StackSetup(home);

        StackStatus ready = setup.status(stack);
        assertThat(ready.ready()).as(ready.reason()).isTrue();
        assertThat(ready.installRoute())
                .startsWith("managed: venv " + home.resolve("venvs/demo"))
                .endsWith(", made from /opt/python3.13/bin/python3.13");
        assertThat(setup.toolchain(stack).python())
                .isEqualTo(home.resolve("venvs/demo/bin/python").toString());

        Files.writeString(stack.dir().resolve("requirements.txt"), "demo==2\n");
        StackStatus stale = setup.status(stack);
        assertThat(stale.ready()).isFalse();
        assertThat(stale.reason()).contains("./bakeoff setup demo");
    }

    @Test
    void theSystemSourceRecordedBySetupMeansDebianPythonAndItsPackages() throws Exception {
        StackDefinition stack = stack(PYTHON_STACK);
        ManagedRuntimes home = new ManagedRuntimes(dir.resolve("home"));
        home.recordSource(stack, RuntimeSource.SYSTEM);
        Toolchain toolchain = Toolchain.forStack(stack, home);
        assertThat(toolchain.source()).isEqualTo(RuntimeSource.SYSTEM);
        assertThat(toolchain.python()).isEqualTo(Toolchain.systemPython());
        assertThat(toolchain.route()).startsWith("system: ").contains("Debian packages");
    }

    @Test
    void aManagedNodeStackRunsOnThePinnedNodeInTheHomeWithItFirstOnPath() throws Exception {
        StackDefinition stack = stack(PYTHON_STACK
                .replace("  pip: requirements.txt\n  apt: [python3-demo]\n", "  node: 24.22.3\n")
                .replace("{python}", "{node}"));
        ManagedRuntimes home = new ManagedRuntimes(dir.resolve("home"));
        Toolchain toolchain = Toolchain.forStack(stack, home);
        Path bin = dir.resolve("home/runtimes/node-24.22.3/node_modules/" + ManagedRuntimes.nodePackage() + "/bin");
        assertThat(toolchain.node()).isEqualTo(bin.resolve("node").toString());
        assertThat(toolchain.path()).startsWith(bin + ":");
        assertThat(toolchain.route()).startsWith("managed: Node.js 24.22.3");

        home.recordSource(stack, RuntimeSource.SYSTEM);
        assertThat(Toolchain.forStack(stack, home).node()).isEqualTo("node");
        assertThat(Toolchain.forStack(stack, home).route()).startsWith("system: node on PATH");
    }

    private StackDefinition stack(String yaml) throws IOException {
        Path stackDir = Files.createDirectories(dir.resolve("stacks/demo"));
        Files.writeString(stackDir.resolve("requirements.txt"), "demo==1\n");
        Path file = Files.writeString(stackDir.resolve("stack.yaml"), yaml);
        return StackYamlReader.read(file, "demo/stack.yaml");
    }

    /** A venv whose python is a script that succeeds, stamped with the requirements as they are. */
    private static void fakeVenv(StackDefinition stack, Path home) throws Exception {
        ManagedRuntimes runtimes = new ManagedRuntimes(home);
        Path python = runtimes.venvPython(stack);
        Files.createDirectories(python.getParent());
        Files.writeString(python, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwxr-xr-x"));
        byte[] text = Files.readAllBytes(stack.dir().resolve("requirements.txt"));
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        Files.writeString(runtimes.venvStamp(stack), sha + "\n");
        Files.writeString(
                runtimes.venv(stack).resolve("pyvenv.cfg"),
                "home = /opt/python3.13/bin\nversion = 3.13.1\nexecutable = /opt/python3.13/bin/python3.13\n");
    }
}
