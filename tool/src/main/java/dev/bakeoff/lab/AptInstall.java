package dev.bakeoff.lab;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Installs Debian packages non-interactively, refreshing the package lists once if they are stale. */
final class AptInstall {
    private static final Duration TIMEOUT = Duration.ofMinutes(15);
    private static final Map<String, String> ENV = Map.of("DEBIAN_FRONTEND", "noninteractive");
    private static boolean updated;

    private AptInstall() {}

    static synchronized Commands.Outcome install(List<String> packages) {
        Commands.Outcome first = Commands.run(argv(packages), Path.of("/"), ENV, TIMEOUT, false);
        if (first.ok() || updated) {
            return first;
        }
        // "Unable to locate package" on a fresh machine usually means the lists were never fetched.
        updated = true;
        Commands.run(List.of("apt-get", "update", "-q"), Path.of("/"), ENV, TIMEOUT, false);
        return Commands.run(argv(packages), Path.of("/"), ENV, TIMEOUT, false);
    }

    private static List<String> argv(List<String> packages) {
        return Commands.concat(List.of("apt-get", "install", "-y", "-q", "--no-install-recommends"), packages);
    }
}
