package dev.bakeoff.lab;

import java.nio.file.Files;
import java.nio.file.Path;

/** The runtimes that placeholders point at: Bakeoff's own JDK, and Debian's Python. */
record Toolchain(Path javaHome, String python) {
    static Toolchain current() {
        Path javaHome = Path.of(System.getProperty("java.home"));
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        return new Toolchain(javaHome, python);
    }

    String java() {
        return javaHome.resolve("bin").resolve("java").toString();
    }
}
