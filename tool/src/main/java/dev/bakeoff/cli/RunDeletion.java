package dev.bakeoff.cli;

import dev.bakeoff.flow.Evidence;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.ExitCodes;
import dev.bakeoff.model.RunInfo;
import dev.bakeoff.model.RunStatus;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.store.RunStore;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** {@code bakeoff history --delete RUN}: removes runs from the store, with their report folders. */
final class RunDeletion {
    private RunDeletion() {}

    static int delete(Workspace ws, List<String> runs, boolean yes, PrintWriter out) {
        Path db = Evidence.database(ws);
        if (!Files.exists(db)) {
            throw new BadInputException("--delete", "no runs are stored yet in " + db, "nothing to delete");
        }
        try (RunStore store = RunStore.open(db)) {
            store.closeAbandonedRuns();
            Map<String, RunInfo> chosen = new LinkedHashMap<>();
            List<RunInfo> history = store.history();
            for (String name : runs) {
                String id = Evidence.resolve(store, name);
                RunInfo info = history.stream()
                        .filter(r -> r.runId().equals(id))
                        .findFirst()
                        .orElseThrow(() -> new BadInputException(
                                "--delete " + name, "no such run in the history", "list them with: ./bakeoff history"));
                if (info.status() == RunStatus.RUNNING) {
                    throw new BadInputException(
                            "--delete " + name, "run " + id + " is still running", "stop it first (Ctrl-C)");
                }
                chosen.put(id, info);
            }
            if (!yes && !confirmed(chosen, out)) {
                out.println("nothing deleted");
                out.flush();
                return ExitCodes.OK;
            }
            for (RunInfo r : chosen.values()) {
                store.deleteRun(r.runId());
                removeTree(ws.stateDir().resolve("reports").resolve(r.runId()));
                out.println("deleted run " + r.runId() + " (" + r.status() + ", " + r.trials() + " trials)");
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** Asks on the terminal; without one (a script, CI) deleting needs --yes, so nothing is lost by accident. */
    private static boolean confirmed(Map<String, RunInfo> chosen, PrintWriter out) {
        Console console = System.console();
        if (console == null || !Terminal.stderrIsTerminal()) {
            throw new BadInputException(
                    "--delete",
                    "deleting " + String.join(", ", chosen.keySet()) + " needs confirmation and there is no terminal",
                    "add --yes to delete without asking");
        }
        String answer = console.readLine(
                "delete %d run(s) (%s) with their trials and reports? [y/N] ",
                chosen.size(), String.join(", ", chosen.keySet()));
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }

    private static void removeTree(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
