package dev.bakeoff.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.RunInfo;
import dev.bakeoff.store.RunStore;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Really does the bad thing: starts real runs of the real CLI (a separate JVM running real app
 * processes) and kills it at random moments with SIGINT, SIGTERM or SIGKILL. Afterwards no app may be
 * left running, the database must be consistent, and every interrupted run must be marked incomplete
 * with its finished trials intact.
 */
class KillDuringRunTest {
    static final int RUNS = 21;
    static final String[] SIGNALS = {"INT", "TERM", "KILL"};

    @TempDir
    Path state;

    @Test
    void killedRunsLeaveNoProcessAndAConsistentDatabase() throws Exception {
        Path stacks = Path.of(getClass().getResource("/stacks").toURI());
        Instant testStart = Instant.now();
        Random random = new Random(7);
        List<String> log = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            String signal = SIGNALS[i % SIGNALS.length];
            long killAfterMillis = 300 + random.nextInt(3500);
            Process cli = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            "-Dbakeoff.root=" + state,
                            "-Dbakeoff.stacks=" + stacks,
                            "dev.bakeoff.cli.Main",
                            "run",
                            "--stacks",
                            "stdlib-threaded",
                            "--workloads",
                            "startup,plaintext,json"))
                    .redirectErrorStream(true)
                    .redirectOutput(state.resolve("cli-" + i + ".log").toFile())
                    .start();
            boolean finishedEarly = cli.waitFor(killAfterMillis, TimeUnit.MILLISECONDS);
            if (!finishedEarly) {
                new ProcessBuilder("kill", "-s", signal, String.valueOf(cli.pid()))
                        .start()
                        .waitFor();
            }
            boolean exited = cli.waitFor(15, TimeUnit.SECONDS);
            log.add(i + ": " + signal + " after " + killAfterMillis + " ms, exited " + exited);
            assertThat(exited).as("bakeoff stopped within 15 s of SIG" + signal).isTrue();
        }

        // Apps of a SIGKILLed Bakeoff get the parent-death signal; give them their grace period.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && !leftovers(testStart).isEmpty()) {
            Thread.sleep(100);
        }
        assertThat(leftovers(testStart)).as("app processes left running").isEmpty();

        Path db = state.resolve(".bakeoff").resolve("bakeoff.db");
        try (RunStore store = RunStore.open(db)) {
            store.closeAbandonedRuns(); // what the next start of Bakeoff does
            List<RunInfo> runs = store.history();
            assertThat(runs).isNotEmpty();
            assertThat(runs)
                    .allMatch(r -> List.of("complete", "incomplete", "failed").contains(r.status()));
            for (RunInfo r : runs) {
                // every stored trial reads back whole
                assertThat(store.load(r.runId()).orElseThrow().measurements()).hasSize(r.trials());
            }
            assertThat(runs).anyMatch(r -> r.status().equals("incomplete"));
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        Files.writeString(state.resolve("kills.txt"), String.join(File.separator.equals("/") ? "\n" : "\r\n", log));
    }

    private static List<ProcessHandle> leftovers(Instant since) {
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains("stdlib-app.py"))
                .filter(p ->
                        p.info().startInstant().map(s -> !s.isBefore(since)).orElse(false))
                .toList();
    }
}
