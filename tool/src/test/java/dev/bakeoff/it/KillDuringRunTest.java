package dev.bakeoff.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.RunInfo;
import dev.bakeoff.model.RunStatus;
import dev.bakeoff.store.RunStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Really does the bad thing: starts real runs of the real CLI (a separate JVM running real app
 * processes) and kills it at random moments with SIGINT, SIGTERM or SIGKILL. Afterwards no app may be
 * left running, the database must be consistent, and every interrupted run must be marked incomplete
 * with its finished trials intact: each trial the CLI announced as ended on stderr (its plain "trial
 * ended" progress lines, counted from the log, not from the store) must be in the store.
 */
@Tag("e2e")
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
        Lost lost;
        List<Instant[]> lifetimes = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            String signal = SIGNALS[i % SIGNALS.length];
            Instant launched = Instant.now();
            Process cli = startRun(i);
            // One kill in four lands at a random moment from start-up on; the others at a random moment
            // after the first trial started (per the CLI's own progress line), so that a slow start on a
            // busy machine does not turn every kill into a kill during JVM start-up.
            boolean afterFirstTrial = i % 4 != 0;
            long killAfterMillis = afterFirstTrial ? random.nextInt(3000) : 1500 + random.nextInt(4000);
            if (afterFirstTrial) {
                awaitFirstTrial(cli, state.resolve("cli-" + i + ".log"));
            }
            if (!cli.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
                kills++;
                new ProcessBuilder("kill", "-s", signal, String.valueOf(cli.pid()))
                        .start()
                        .waitFor();
            }
            boolean exited = cli.waitFor(15, TimeUnit.SECONDS);
            lifetimes.add(new Instant[] {launched, Instant.now()});
            // Checked after every run: the next run's start would stop a leftover server and hide it.
            assertThat(postgresLeftovers(Instant.now().plusSeconds(10)))
                    .as("PostgreSQL servers left running by run " + i + " (SIG" + signal + ")")
                    .isEmpty();
            log.add(i + ": SIG" + signal + " after " + killAfterMillis + " ms"
                    + (afterFirstTrial ? " from the first trial's start" : "") + ", exited " + exited);
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
            lost = lostTrials(runs, store, lifetimes);
            assertThat(runs)
                    .allMatch(r ->
                            List.of(RunStatus.COMPLETE, RunStatus.INCOMPLETE).contains(r.status()));
            for (RunInfo r : runs) {
                assertThat(store.load(r.runId()).orElseThrow().measurements())
                        .as("every stored trial of " + r.runId() + " reads back whole")
                        .hasSize(r.trials());
            }
            long incomplete = runs.stream()
                    .filter(r -> r.status() == RunStatus.INCOMPLETE)
                    .count();
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
                + " of them mid-run (marked incomplete), trials announced on stderr " + lost.announced()
                + ", stored " + lost.stored() + ", announced but not stored 0, processes left: 0");
        Files.writeString(state.resolve("kills.txt"), String.join("\n", log));
    }

    /** Waits (at most 60 s) until the CLI's log shows its first trial starting, or the CLI ended. */
    private static void awaitFirstTrial(Process cli, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (cli.isAlive() && System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains("[1/")) {
                return;
            }
            Thread.sleep(50);
        }
    }

    /** Trials counted two ways: from each CLI's stderr, and from the store. */
    record Lost(int announced, int stored) {}

    /**
     * Matches each stored run to the CLI process that was alive when it started (the runs are
     * sequential), then checks that every trial that process announced as ended is stored. The store
     * may hold one more than was announced: a kill between storing a trial and printing its line.
     */
    private Lost lostTrials(List<RunInfo> runs, RunStore store, List<Instant[]> lifetimes) throws IOException {
        int announcedTotal = 0;
        int storedTotal = 0;
        for (int i = 0; i < lifetimes.size(); i++) {
            Instant from = lifetimes.get(i)[0];
            Instant to = lifetimes.get(i)[1];
            List<RunInfo> mine = runs.stream()
                    .filter(r -> !r.started().isBefore(from) && !r.started().isAfter(to))
                    .toList();
            Set<String> announced = announcedTrials(state.resolve("cli-" + i + ".log"));
            assertThat(mine).as("CLI " + i + " started at most one run").hasSizeLessThanOrEqualTo(1);
            Set<String> stored = new HashSet<>();
            for (RunInfo r : mine) {
                store.load(r.runId())
                        .orElseThrow()
                        .measurements()
                        .forEach(m ->
                                stored.add(m.stack() + " " + m.workload().id() + "/" + m.level() + " r" + m.round()));
            }
            assertThat(stored)
                    .as("CLI " + i + ": every trial announced on stderr is in the store")
                    .containsAll(announced);
            assertThat(stored.size() - announced.size())
                    .as("CLI " + i + ": stored but never announced (at most the one in flight at the kill)")
                    .isLessThanOrEqualTo(1);
            announcedTotal += announced.size();
            storedTotal += stored.size();
        }
        assertThat(announcedTotal).as("trials announced over all runs").isGreaterThanOrEqualTo(5);
        return new Lost(announcedTotal, storedTotal);
    }

    /** The trials a CLI's log says ended: its "[k/N] trial ended: STACK WORKLOAD/LEVEL rR ..." lines. */
    static Set<String> announcedTrials(Path log) throws IOException {
        Pattern ended = Pattern.compile("^\\[\\d+/\\d+\\] trial ended: (\\S+ \\S+ r\\d+) ");
        Set<String> trials = new HashSet<>();
        for (String line : Files.readAllLines(log)) {
            Matcher m = ended.matcher(line);
            if (m.find()) {
                trials.add(m.group(1));
            }
        }
        return trials;
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
                        // Every third run also has the db workload: the lab's PostgreSQL is killed with it.
                        i % 3 == 1 ? "stdlib-threaded,stdlib-db" : "stdlib-threaded",
                        "--workloads",
                        i % 3 == 1 ? "startup,plaintext,db" : "startup,plaintext"))
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

    /**
     * The lab's PostgreSQL servers still alive, waiting until {@code deadline} for them to go: each cluster the lab
     * started has a record {@code postgres/PID.cluster} that only its clean stop removes, so after a kill the
     * record names the postmaster to look for (the parent-death signal must have stopped it).
     */
    private List<Long> postgresLeftovers(Instant deadline) throws Exception {
        Path records = state.resolve(".bakeoff").resolve("postgres");
        while (true) {
            List<Long> alive = new ArrayList<>();
            if (Files.isDirectory(records)) {
                try (var files = Files.list(records)) {
                    for (Path f :
                            files.filter(f -> f.toString().endsWith(".cluster")).toList()) {
                        long pid = Long.parseLong(f.getFileName().toString().replace(".cluster", ""));
                        boolean running = ProcessHandle.of(pid)
                                .filter(ProcessHandle::isAlive)
                                .filter(p -> p.info().command().orElse("").endsWith("postgres"))
                                .isPresent();
                        if (running && !zombie(pid)) {
                            alive.add(pid);
                        }
                    }
                }
            }
            if (alive.isEmpty() || Instant.now().isAfter(deadline)) {
                return alive;
            }
            Thread.sleep(100);
        }
    }

    /** A process that exited but was not reaped (its parent died and nothing adopts it here) is gone. */
    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return true;
        }
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
