package dev.bakeoff.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A throw-away PostgreSQL cluster for one lab session: {@code initdb} into a fresh folder, settings from
 * {@code lab/postgresql.conf}, the server on 127.0.0.1 at a free port, pinned to the lab's cores, seeded by
 * {@link PostgresSeed}. {@link #close()} stops it and deletes the folder.
 *
 * <p>It can never outlive Bakeoff: the postmaster is started (like the apps) in its own process group with
 * the kernel's parent-death signal set to SIGINT, PostgreSQL's "fast shutdown", so a SIGKILL of the JVM, which
 * runs no hook, still stops it; its backends exit when the postmaster does. Its pid is also in
 * {@link AppRecords}, so the next Bakeoff start stops it if it survived anyway, and {@link PostgresHome}
 * deletes folders of clusters no longer running.
 */
public final class PostgresCluster implements AutoCloseable {
    static final String ADMIN = "lab";
    static final String APP_USER = "bench";
    static final String DATABASE = "bakeoff";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final PostgresInstall install;
    private final Path dataDir;
    private final int port;
    private final String adminPassword;
    private final String appPassword;
    private final String cpus;
    private final Process server;
    private final Path stateDir;

    private PostgresCluster(
            PostgresInstall install,
            Path dataDir,
            int port,
            String adminPassword,
            String appPassword,
            String cpus,
            Process server,
            Path stateDir) {
        this.install = install;
        this.dataDir = dataDir;
        this.port = port;
        this.adminPassword = adminPassword;
        this.appPassword = appPassword;
        this.cpus = cpus;
        this.server = server;
        this.stateDir = stateDir;
    }

    /** Initialises, starts and seeds a cluster on {@code cpus}; throws {@link AppFailure} saying why it could not. */
    public static PostgresCluster start(Path stateDir, String cpus, Path logFile) {
        PostgresInstall install = PostgresInstall.find()
                .orElseThrow(() -> new AppFailure("PostgreSQL is not installed: " + PostgresInstall.FIX, ""));
        Path dataDir = PostgresHome.newClusterDir(stateDir, install.runAs());
        String adminPassword = password();
        String appPassword = password();
        initdb(install, dataDir, adminPassword);
        int port = Ports.free();
        Process server = launch(install, dataDir, port, cpus, logFile);
        PostgresHome.record(stateDir, server.pid(), dataDir);
        AppRecords.write(stateDir, server.pid(), "postgres");
        PostgresCluster cluster =
                new PostgresCluster(install, dataDir, port, adminPassword, appPassword, cpus, server, stateDir);
        try {
            cluster.awaitReady(logFile);
            Commands.Outcome created = cluster.admin("postgres").query("CREATE DATABASE " + DATABASE);
            if (!created.ok()) {
                throw new AppFailure("could not create PostgreSQL's database " + DATABASE, created.tail(5));
            }
            PostgresSeed.load(cluster.admin(), appPassword);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** What apps get in {@code DATABASE_URL}: the unprivileged role on the seeded database. */
    public String url() {
        return "postgresql://" + APP_USER + ":" + appPassword + "@127.0.0.1:" + port + "/" + DATABASE;
    }

    /** The postmaster, root of the server's process tree (for its CPU time). */
    public long pid() {
        return server.pid();
    }

    /** The cores the server is pinned to, as taskset takes them. */
    public String cpus() {
        return cpus;
    }

    public String version() {
        return install.version();
    }

    /** A psql session as the cluster's superuser, for seeding and for reading its statistics. */
    public Psql admin() {
        return admin(DATABASE);
    }

    private Psql admin(String database) {
        return new Psql(install.bin().resolve("psql"), port, ADMIN, adminPassword, database);
    }

    private static void initdb(PostgresInstall install, Path dataDir, String adminPassword) {
        Path pwfile = dataDir.resolveSibling(dataDir.getFileName() + ".pw");
        try {
            Files.writeString(pwfile, adminPassword + "\n");
            install.handOver(pwfile);
            List<String> argv = Commands.concat(
                    install.runAsPrefix(),
                    List.of(
                            install.bin().resolve("initdb").toString(),
                            "-D",
                            dataDir.toString(),
                            "-U",
                            ADMIN,
                            "--pwfile=" + pwfile,
                            "--auth-host=scram-sha-256",
                            "--auth-local=reject",
                            "-E",
                            "UTF8",
                            "--locale=C",
                            "--no-sync"));
            Commands.Outcome out = Commands.run(argv, Path.of("/"), Map.of(), Duration.ofMinutes(2), false);
            if (!out.ok()) {
                throw new AppFailure("initdb failed in " + dataDir, out.tail(10));
            }
            try (InputStream in = PostgresCluster.class.getResourceAsStream("/lab/postgresql.conf")) {
                Files.write(dataDir.resolve("bakeoff.conf"), in.readAllBytes());
            }
            Files.writeString(
                    dataDir.resolve("postgresql.conf"),
                    "\ninclude 'bakeoff.conf'\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(pwfile);
            } catch (IOException ignored) {
                // the folder is deleted with the cluster
            }
        }
    }

    private static Process launch(PostgresInstall install, Path dataDir, int port, String cpus, Path logFile) {
        List<String> argv = new ArrayList<>();
        if (Commands.onPath("setsid")) {
            argv.add("setsid");
        }
        if (Commands.onPath("setpriv")) {
            // setpriv sets the parent-death signal after it changes user, so the change does not clear it.
            argv.addAll(List.of("setpriv", "--pdeathsig", "INT"));
            argv.addAll(install.setprivUser());
        } else {
            argv.addAll(install.runAsPrefix());
        }
        if (Commands.onPath("taskset")) {
            argv.addAll(List.of("taskset", "-c", cpus));
        }
        argv.addAll(List.of(
                install.bin().resolve("postgres").toString(), "-D", dataDir.toString(), "-p", String.valueOf(port)));
        try {
            Files.createDirectories(logFile.getParent());
            return new ProcessBuilder(argv)
                    .directory(dataDir.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new AppFailure("could not start PostgreSQL: " + e.getMessage(), "");
        }
    }

    private void awaitReady(Path logFile) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AppFailure("PostgreSQL exited with code " + server.exitValue() + " at start", tail(logFile));
            }
            if (admin("postgres").query("SELECT 1").ok()) {
                return;
            }
            sleep(100);
        }
        throw new AppFailure(
                "PostgreSQL did not accept connections within " + READY_TIMEOUT.toSeconds() + " s", tail(logFile));
    }

    /** Fast shutdown (SIGINT to the postmaster), then SIGKILL to its group; the folder is deleted. */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(server.descendants().toList());
        tree.add(server.toHandle());
        AppRecords.signal("INT", server.pid());
        server.toHandle().destroy(); // in case there was no setsid: SIGTERM is a smart shutdown
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        while (System.nanoTime() < deadline && tree.stream().anyMatch(ProcessHandle::isAlive)) {
            sleep(20);
        }
        if (tree.stream().anyMatch(ProcessHandle::isAlive)) {
            AppRecords.signal("KILL", server.pid());
            tree.forEach(ProcessHandle::destroyForcibly);
        }
        AppRecords.remove(stateDir, server.pid());
        PostgresHome.delete(stateDir, server.pid(), dataDir);
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static String password() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
