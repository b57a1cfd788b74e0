package dev.bakeoff.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.IVersionProvider;

/** The tool's version, from the jar manifest, and the commit it was built from (git describe at build time). */
final class ToolVersion implements IVersionProvider {
    static String get() {
        String version = ToolVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** {@code git describe --always --dirty} of the build, or "unknown" when built without git. */
    static String commit() {
        // Written by the build (tool/pom.xml, exec-maven-plugin); absent when built by other means.
        try (InputStream in = ToolVersion.class.getResourceAsStream("commit.txt")) {
            String commit = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return commit.isEmpty() ? "unknown" : commit;
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"bakeoff " + get() + " (commit " + commit() + ", Java " + Runtime.version() + ")"};
    }
}
