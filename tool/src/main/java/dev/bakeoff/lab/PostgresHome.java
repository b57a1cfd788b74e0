package dev.bakeoff.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where throw-away clusters live: {@code postgres/} under the Bakeoff home, or, when the server runs as
 * another user who cannot reach the home (a root Bakeoff with a private home), a fresh folder under the
 * system's temp folder. A record per running cluster ({@code postgres/PID.cluster}, naming its folder) lets
 * the next Bakeoff start delete the folders of clusters a killed Bakeoff left behind.
 */
final class PostgresHome {
    private static final String MARK = "bakeoff.conf";

    private PostgresHome() {}

    static Path dir(Path stateDir) {
        return stateDir.resolve("postgres");
    }

    /** A new, empty cluster folder that the server's user owns (initdb creates the last level itself). */
    static Path newClusterDir(Path stateDir, Optional<String> runAs) {
        try {
            Files.createDirectories(dir(stateDir));
            Path parent = runAs.isPresent() && !reachableByOthers(dir(stateDir))
                    ? Files.createTempDirectory("bakeoff-postgres-")
                    : Files.createTempDirectory(dir(stateDir), "cluster-");
            if (runAs.isPresent()) {
                var lookup = parent.getFileSystem().getUserPrincipalLookupService();
                Files.setOwner(parent, lookup.lookupPrincipalByName(runAs.get()));
            }
            return parent.resolve("data");
        } catch (IOException e) {
            throw new AppFailure("could not create a folder for PostgreSQL under " + dir(stateDir) + ": " + e, "");
        }
    }

    static void record(Path stateDir, long pid, Path dataDir) {
        try {
            Files.writeString(dir(stateDir).resolve(pid + ".cluster"), dataDir.getParent() + "\n");
        } catch (IOException ignored) {
            // without the record only a leftover folder is at stake, never a process (AppRecords has it)
        }
    }

    /** Deletes the folder of the cluster {@code pid} and its record. */
    static void delete(Path stateDir, long pid, Path dataDir) {
        deleteTree(dataDir.getParent());
        try {
            Files.deleteIfExists(dir(stateDir).resolve(pid + ".cluster"));
        } catch (IOException ignored) {
            // swept at the next start
        }
    }

    /** Deletes the folders of clusters whose server is gone (after {@link AppRecords#sweep} stopped them). */
    static void sweep(Path stateDir) {
        if (!Files.isDirectory(dir(stateDir))) {
            return;
        }
        try (Stream<Path> files = Files.list(dir(stateDir))) {
            for (Path record :
                    files.filter(f -> f.toString().endsWith(".cluster")).toList()) {
                long pid = Long.parseLong(record.getFileName().toString().replace(".cluster", ""));
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue; // another Bakeoff's live cluster
                }
                Path folder = Path.of(Files.readString(record).strip());
                if (Files.exists(folder.resolve("data").resolve(MARK))) {
                    deleteTree(folder);
                }
                Files.deleteIfExists(record);
            }
        } catch (IOException | RuntimeException e) {
            // a record we cannot read names nothing we could delete safely
        }
    }

    private static boolean reachableByOthers(Path dir) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a file the server still held: the next sweep tries again
        }
    }
}
