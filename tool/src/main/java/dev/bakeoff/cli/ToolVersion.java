package dev.bakeoff.cli;

import picocli.CommandLine.IVersionProvider;

/** The tool's version, from the jar manifest (written by the build). */
final class ToolVersion implements IVersionProvider {
    static String get() {
        String version = ToolVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"bakeoff " + get() + " (Java " + Runtime.version() + ")"};
    }
}
