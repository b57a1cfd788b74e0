package dev.bakeoff.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.RunInfo;
import dev.bakeoff.store.RunStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
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
        Random random = new Random(7);
        List<String> log = new ArrayList<>();
        int kills = 0;
        long interrupted;
        for (int i = 0; i < RUNS; i++) {
            String signal = SIGNALS[i % SIGNALS.length];
            long killAfterMillis = 1500 + random.nextInt(4000); // from start-up to the last step
            Process cli = startRun(i);
            if (!cli.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
                kills++;
                new ProcessBuilder("kill", "-s", signal, String.valueOf(cli.pid()))
                        .start()
                        .waitFor();
            }
            boolean exited = cli.waitFor(15, TimeUnit.SECONDS);
            log.add(i + ": SIG" + signal + " after " + killAfterMillis + " ms, exited " + exited);
            assertThat(exited).as("bakeoff stopped within 15 s of SIG" + signal).isTrue();
        }

        // Apps of a SIGKILLed Bakeoff get the parent-death signal; give them their grace period.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && !leftovers().isEmpty()) {
            Thread.sleep(100);
        }
        assertThat(leftovers()).as("app processes left running").isEmpty();

        Path db = state.resolve(".bakeoff").resolve("bakeoff.db");
        try (RunStore store = RunStore.open(db)) {
            store.closeAbandonedRuns(); // what the next start of Bakeoff does
            List<RunInfo> runs = store.history();
            assertThat(runs).allMatch(r -> List.of("complete", "incomplete").contains(r.status()));
            for (RunInfo r : runs) {
                assertThat(store.load(r.runId()).orElseThrow().measurements())
                        .as("every stored trial of " + r.runId() + " reads back whole")
                        .hasSize(r.trials());
            }
            long incomplete =
                    runs.stream().filter(r -> r.status().equals("incomplete")).count();
            // Kills during JVM start-up leave no run at all; the rest must be marked incomplete.
            assertThat(incomplete)
                    .as("runs interrupted mid-way, of " + kills + " killed")
                    .isGreaterThanOrEqualTo(10);
            interrupted = incomplete;
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        System.out.println("kill test: " + RUNS + " runs, " + kills + " killed, " + interrupted
                + " of them mid-run (marked incomplete, trials intact), processes left: 0");
        Files.writeString(state.resolve("kills.txt"), String.join("\n", log));
    }

    private Process startRun(int i) throws Exception {
        Path stacks = Path.of(getClass().getResource("/stacks").toURI());
        return new ProcessBuilder(List.of(
                        // A JVM started with SIGINT ignored (as background jobs are) never sees Ctrl-C;
                        // reset it to the default first so that SIGINT is really tested.
                        "python3",
                        "-c",
                        "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL);"
                                + " os.execvp(sys.argv[1], sys.argv[1:])",
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dbakeoff.root=" + state,
                        "-Dbakeoff.stacks=" + stacks,
                        "dev.bakeoff.cli.Main",
                        "run",
                        "--stacks",
                        "stdlib-threaded",
                        "--workloads",
                        "startup,plaintext"))
                .redirectErrorStream(true)
                .redirectOutput(state.resolve("cli-" + i + ".log").toFile())
                .start();
    }

    /** App processes of this test (their DATASET lives under this test's state folder), wherever they are. */
    private List<ProcessHandle> leftovers() {
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains("stdlib-app.py"))
                .filter(p -> environment(p).contains(state.toString()))
                .toList();
    }

    private static String environment(ProcessHandle p) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(p.pid()), "environ"))
                    .replace('\0', '\n');
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
