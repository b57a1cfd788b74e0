package dev.bakeoff.cli;

import dev.bakeoff.flow.Evidence;
import dev.bakeoff.model.RunInfo;
import dev.bakeoff.model.TextTable;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.store.RunStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "history",
        description = {
            "List stored runs, newest first.",
            "With --delete, remove runs (their trials and reports) from the store instead.",
            "With --spread, print how far each metric moved between fresh processes in this machine's one-round runs"
                    + " of a preset: the spread a one-round interval is widened to."
        })
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Option(
            names = "--delete",
            paramLabel = "RUN",
            split = ",",
            description = "Delete these runs (ids, latest or latest~N) with their trials and reports.")
    List<String> delete = new ArrayList<>();

    @Option(
            names = {"-y", "--yes"},
            description = "Delete without asking (scripts: without a terminal, --delete needs it).")
    boolean yes;

    @Option(
            names = "--spread",
            paramLabel = "PRESET",
            arity = "0..1",
            fallbackValue = "quick",
            description = "Print the spread between processes measured in this machine's one-round runs of PRESET"
                    + " (default: quick) instead of the list.")
    String spread;

    @Override
    public Integer call() {
        Workspace ws = Workspace.discover();
        if (!delete.isEmpty()) {
            return RunDeletion.delete(ws, delete, yes, spec.commandLine().getOut());
        }
        if (spread != null) {
            return SpreadText.print(spread, json, spec.commandLine().getOut());
        }
        List<RunInfo> runs = List.of();
        if (Files.exists(Evidence.database(ws))) {
            try (RunStore store = RunStore.open(Evidence.database(ws))) {
                store.closeAbandonedRuns();
                runs = store.history();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, runs);
            return 0;
        }
        if (runs.isEmpty()) {
            out.println("no runs stored yet in " + Evidence.database(ws) + "; start one with: ./bakeoff run");
            out.flush();
            return 0;
        }
        TextTable table = new TextTable("run", "started", "status", "preset", "trials", "failed", "stacks");
        for (RunInfo r : runs) {
            table.row(
                    r.runId(),
                    WHEN.format(r.started()),
                    r.status(),
                    r.preset(),
                    r.trials(),
                    r.failedCells(),
                    String.join(",", r.stacks()));
        }
        table.print(out);
        return 0;
    }
}
