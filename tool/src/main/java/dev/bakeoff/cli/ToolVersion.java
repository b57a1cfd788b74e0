package dev.bakeoff.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The tool's version, from the jar manifest, and the commit it was built from (git describe at build time). */
final class ToolVersion implements IVersionProvider {
    static String get() {
        String version = ToolVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** {@code git describe --always --dirty} of the build, or "unknown" when built without git. */
    static String commit() {
        Properties props = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String commit = props.getProperty("commit", "");
        // An unresolved placeholder means the build found no git repository (e.g. a source tarball).
        return commit.isBlank() || commit.startsWith("${") ? "unknown" : commit;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"bakeoff " + get() + " (commit " + commit() + ", Java " + Runtime.version() + ")"};
    }
}
