package dev.bakeoff.lab;

import dev.bakeoff.model.StackDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One running reference app. It is started in its own process group (setsid), pinned to its cores
 * (taskset), with its output in a log file; {@link #close()} stops the whole group, gently then firmly.
 */
public final class AppProcess implements AutoCloseable {
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final StackDefinition stack;
    private final LaunchSettings settings;
    /** A composed stack's service, started first (and again after a fault step killed it); null for one app. */
    private volatile AppProcess service;
    /** The app this object runs: the stack itself, or a composed stack's front (launched once the service is ready). */
    private volatile Process process;

    private long startedNanos;
    private final long firstStartNanos;

    private AppProcess(
            StackDefinition stack, Process process, LaunchSettings settings, long startedNanos, AppProcess service) {
        this.stack = stack;
        this.process = process;
        this.settings = settings;
        this.startedNanos = startedNanos;
        this.firstStartNanos = service == null ? startedNanos : service.startedNanos;
        this.service = service;
    }

    /**
     * Starts {@code stack}'s app; does not wait for it to be ready (see {@link #awaitReady()}). A composed stack
     * starts its service here; its front starts in {@link #awaitReady()}, once the service answers /health.
     */
    public static AppProcess start(StackDefinition stack, LaunchSettings settings) {
        if (stack.composed()) {
            StackDefinition part = stack.compose().orElseThrow().serviceStack();
            LaunchSettings own = new LaunchSettings(
                    Ports.free(),
                    settings.cpus(), // the same cores as the front: they share the app cores
                    settings.cpuCount(),
                    settings.downstreamUrl(),
                    settings.dataset(),
                    settings.logFile().resolveSibling(settings.logFile().getFileName() + ".service"),
                    settings.stateDir(),
                    settings.databaseUrl(),
                    settings.databasePool(),
                    settings.model());
            AppProcess service = start(part, own);
            return new AppProcess(stack, null, settings, System.nanoTime(), service);
        }
        long started = System.nanoTime();
        Process process = launch(stack, stack.name(), settings, Map.of());
        return new AppProcess(stack, process, settings, started, null);
    }

    private static Process launch(
            StackDefinition stack, String recordedAs, LaunchSettings settings, Map<String, String> extraEnv) {
        Toolchain toolchain = new StackSetup(settings.stateDir()).toolchain(stack);
        MemoryBudget memory = MemoryBudget.current();
        int workers = memory.capWorkers(stack.workers().workersFor(settings.cpuCount()));
        Map<String, String> values = new HashMap<>(StackSetup.placeholderValues(stack, toolchain));
        values.put("port", String.valueOf(settings.port()));
        values.put("workers", String.valueOf(workers));
        values.put("cpus", String.valueOf(settings.cpuCount()));
        values.put("downstream_url", settings.downstreamUrl());
        values.put("dataset", settings.dataset().toString());
        values.put("memory_mib", String.valueOf(memory.appMib()));
        values.put("heap_mib", String.valueOf(memory.heapMib()));
        values.put("heap_mib_per_worker", String.valueOf(memory.heapMibPerWorker(workers)));

        List<String> argv = new ArrayList<>();
        if (Commands.onPath("setsid")) {
            argv.add("setsid"); // own process group, so stopping it reaches every worker it forks
        }
        if (Commands.onPath("setpriv")) {
            // If Bakeoff dies, even by SIGKILL, the app is told to stop (the kernel's parent-death signal).
            argv.addAll(List.of("setpriv", "--pdeathsig", "TERM"));
        }
        if (Commands.onPath("taskset")) {
            argv.addAll(List.of("taskset", "-c", settings.cpus()));
        }
        argv.addAll(CgroupLimit.detect().prefix(memory.appMib()));
        argv.addAll(Placeholders.fill(stack.start().argv(), values));

        ProcessBuilder pb = new ProcessBuilder(argv).directory(stack.dir().toFile());
        Map<String, String> env = pb.environment();
        stack.start().env().forEach((k, v) -> env.put(k, Placeholders.fill(v, values)));
        env.put("PORT", String.valueOf(settings.port()));
        env.put("DOWNSTREAM_URL", settings.downstreamUrl());
        env.put("DATASET", settings.dataset().toString());
        env.put("WORKERS", String.valueOf(workers));
        if (!settings.databaseUrl().isEmpty()) {
            env.put("DATABASE_URL", settings.databaseUrl());
            env.put("DATABASE_POOL", String.valueOf(settings.databasePool()));
        }
        if (settings.model()) {
            env.putAll(MlModel.env(settings.stateDir()));
        }
        env.put("JAVA_HOME", toolchain.javaHome().toString());
        env.put("PATH", toolchain.path());
        env.putAll(extraEnv);
        try {
            Files.createDirectories(settings.logFile().getParent());
            pb.redirectErrorStream(true).redirectOutput(settings.logFile().toFile());
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process process = pb.start();
            AppRecords.write(settings.stateDir(), process.pid(), recordedAs);
            return process;
        } catch (IOException e) {
            throw new AppFailure(recordedAs + " could not be started: " + e.getMessage(), "");
        }
    }

    /**
     * Polls {@code GET /health} until 200; returns the time from launch to ready. For a composed stack: the
     * service's first, then its front is launched with the service's URL in the compose env and polled; the
     * time is from the service's launch to the front's ready.
     */
    public Duration awaitReady() {
        if (service != null && process == null) {
            service.awaitReady();
            var c = stack.compose().orElseThrow();
            startedNanos = System.nanoTime();
            process = launch(
                    c.frontStack(),
                    stack.name() + " (front " + c.front() + ")",
                    settings,
                    Map.of(
                            c.env(),
                            service.baseUrl(),
                            c.timeoutEnv(),
                            String.valueOf(LaunchSettings.SERVICE_TIMEOUT_MS)));
        }
        Duration timeout = launched().start().readyTimeout();
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1))
                .build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = startedNanos + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AppFailure(
                        stack.name() + " exited with code " + process.exitValue() + " before it was ready",
                        logTail(20));
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - firstStartNanos);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AppFailure(stack.name() + ": interrupted while waiting for it", logTail(20));
            }
            sleep(20);
        }
        throw new AppFailure(
                stack.name() + " did not answer 200 on /health within " + timeout.toSeconds()
                        + " s (ready_timeout_seconds in " + stack.source() + ")",
                logTail(20));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + settings.port();
    }

    /** The stack's app (a composed stack's front; its service's until the front is launched). */
    public long pid() {
        Process p = process;
        return p != null ? p.pid() : service.pid();
    }

    /** Every process this stack runs: the app, or a composed stack's front and service. */
    public List<Long> pids() {
        List<Long> all = new ArrayList<>();
        if (process != null) {
            all.add(process.pid());
        }
        if (service != null) {
            all.addAll(service.pids());
        }
        return all;
    }

    /** A composed stack's service while it runs (for steps that stop and resume it). */
    public java.util.Optional<AppProcess> service() {
        return java.util.Optional.ofNullable(service);
    }

    /** Sends {@code signal} (STOP, CONT, KILL) to every process of a composed stack's service. */
    public void signalService(String signal) {
        AppProcess s = service;
        if (s == null || s.process == null) {
            throw new IllegalStateException(stack.name() + " has no service to signal");
        }
        signalGroup(s.process, signal);
        if (signal.equals("KILL")) {
            try {
                s.process.waitFor(STOP_GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Starts a composed stack's service again, on its port (its front keeps the URL), after a step killed it;
     * returns once it answers /health.
     */
    public Duration restartService() {
        AppProcess old = service;
        if (old == null) {
            throw new IllegalStateException(stack.name() + " has no service to restart");
        }
        old.close();
        AppProcess fresh = start(stack.compose().orElseThrow().serviceStack(), old.settings);
        service = fresh;
        return fresh.awaitReady();
    }

    public boolean isAlive() {
        Process p = process;
        return (p == null || p.isAlive()) && (service == null || service.isAlive());
    }

    private StackDefinition launched() {
        return service == null ? stack : stack.compose().orElseThrow().frontStack();
    }

    public Path logFile() {
        return settings.logFile();
    }

    /** The last {@code lines} lines the app printed. */
    public String logTail(int lines) {
        if (service != null) {
            String front = process == null ? "" : "front:\n" + ownTail(lines) + "\n";
            return front + "service:\n" + service.logTail(lines);
        }
        return ownTail(lines);
    }

    private String ownTail(int lines) {
        try {
            List<String> all = Files.readAllLines(settings.logFile(), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** Stops the app's whole process group: SIGTERM, then SIGKILL after a grace period. */
    @Override
    public void close() {
        try {
            if (process != null) {
                stop(process);
            }
        } finally {
            if (service != null) {
                service.close(); // after the front, so the front never serves without its service
            }
        }
    }

    private void stop(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        signalGroup(process, "TERM");
        // A group a fault step left stopped (SIGSTOP, then Bakeoff interrupted) acts on its TERM only once resumed.
        signalGroup(process, "CONT");
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        while (System.nanoTime() < deadline && tree.stream().anyMatch(ProcessHandle::isAlive)) {
            sleep(20);
        }
        if (tree.stream().anyMatch(ProcessHandle::isAlive)) {
            signalGroup(process, "KILL");
            tree.forEach(ProcessHandle::destroyForcibly);
        }
        AppRecords.remove(settings.stateDir(), process.pid());
    }

    private static void signalGroup(Process process, String signal) {
        // The app leads its own group (setsid), so -pid names the group; without setsid, signal the tree.
        if (Commands.onPath("setsid") && Commands.onPath("kill")) {
            Commands.run(
                    List.of("kill", "-s", signal, "--", "-" + process.pid()),
                    Path.of("/"),
                    Map.of(),
                    Duration.ofSeconds(5),
                    false);
        } else {
            process.descendants()
                    .forEach(signal.equals("KILL") ? ProcessHandle::destroyForcibly : ProcessHandle::destroy);
            if (signal.equals("KILL")) {
                process.destroyForcibly();
            } else {
                process.destroy();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
