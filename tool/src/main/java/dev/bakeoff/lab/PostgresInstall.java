package dev.bakeoff.lab;

import dev.bakeoff.model.SetupResult;
import dev.bakeoff.model.SetupResult.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Where PostgreSQL's server programs are (Debian's {@code /usr/lib/postgresql/N/bin}, newest first) and
 * as whom they run: PostgreSQL refuses to run as root, so a root Bakeoff runs them as the {@code postgres}
 * user the Debian package creates.
 *
 * @param bin     folder holding initdb, postgres and psql
 * @param version the server's version, e.g. {@code 15.18}
 * @param runAs   the user to run as, empty to run as ourselves
 */
record PostgresInstall(Path bin, String version, Optional<String> runAs) {
    static final List<String> PACKAGES = List.of("postgresql");
    static final String FIX =
            "as root run: apt-get install -y --no-install-recommends postgresql (./bakeoff setup does it when root)";
    private static final Path DEBIAN = Path.of("/usr/lib/postgresql");

    static Optional<PostgresInstall> find() {
        Optional<Path> bin = debianBin().or(PostgresInstall::pgConfigBin);
        if (bin.isEmpty()) {
            return Optional.empty();
        }
        Commands.Outcome v = Commands.run(
                List.of(bin.get().resolve("postgres").toString(), "--version"),
                Path.of("/"),
                Map.of(),
                Duration.ofSeconds(20),
                true);
        String version = v.ok() ? v.firstLine().replaceAll("^.*\\) ", "") : "unknown";
        Optional<String> user = StackSetup.isRoot() ? Optional.of("postgres") : Optional.empty();
        return Optional.of(new PostgresInstall(bin.get(), version, user));
    }

    /** {@code bakeoff setup}'s PostgreSQL line: installed already, installed now (root), or the command to run. */
    static SetupResult ensure(Consumer<String> say) {
        Optional<PostgresInstall> found = find();
        if (found.isPresent()) {
            return new SetupResult(
                    "postgresql", Status.READY, "PostgreSQL " + found.get().version(), List.of());
        }
        if (!StackSetup.isRoot() || !Commands.onPath("apt-get")) {
            return new SetupResult(
                    "postgresql",
                    Status.MANUAL,
                    "the db workload needs PostgreSQL's server",
                    List.of("sudo apt-get install -y --no-install-recommends postgresql"));
        }
        say.accept("postgresql: apt-get install " + String.join(" ", PACKAGES));
        Commands.Outcome out = AptInstall.install(PACKAGES);
        Optional<PostgresInstall> now = find();
        if (out.ok() && now.isPresent()) {
            return new SetupResult(
                    "postgresql", Status.INSTALLED, "PostgreSQL " + now.get().version(), List.of());
        }
        return new SetupResult(
                "postgresql", Status.FAILED, "apt-get install postgresql failed:\n" + out.tail(15), List.of());
    }

    /** setpriv's options that switch to {@link #runAs()} (empty when we run as ourselves). */
    List<String> setprivUser() {
        return runAs.map(u -> List.of("--reuid=" + u, "--regid=" + u, "--init-groups"))
                .orElse(List.of());
    }

    /** A command prefix that runs the rest as {@link #runAs()}. */
    List<String> runAsPrefix() {
        return runAs.isEmpty() ? List.of() : Commands.concat(List.of("setpriv"), setprivUser());
    }

    /** Gives a file or folder we created to {@link #runAs()}, so that the server may use it. */
    void handOver(Path path) throws IOException {
        if (runAs.isPresent()) {
            var lookup = path.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(path, lookup.lookupPrincipalByName(runAs.get()));
        }
    }

    private static Optional<Path> debianBin() {
        if (!Files.isDirectory(DEBIAN)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("postgres")) && Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(PostgresInstall::major));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int major(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Optional<Path> pgConfigBin() {
        if (!Commands.onPath("pg_config")) {
            return Optional.empty();
        }
        Commands.Outcome out =
                Commands.run(List.of("pg_config", "--bindir"), Path.of("/"), Map.of(), Duration.ofSeconds(10), true);
        Path bin = Path.of(out.firstLine());
        return out.ok() && Files.isExecutable(bin.resolve("initdb")) ? Optional.of(bin) : Optional.empty();
    }
}
