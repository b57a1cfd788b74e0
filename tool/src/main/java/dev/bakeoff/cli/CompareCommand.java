package dev.bakeoff.cli;

import dev.bakeoff.flow.CompareService;
import dev.bakeoff.flow.CompareService.Change;
import dev.bakeoff.flow.CompareService.Verdict;
import dev.bakeoff.flow.Evidence;
import dev.bakeoff.model.ExitCodes;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.TextTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "compare",
        description = {
            "Compare two stored runs: per stack, workload and metric, what got faster or slower.",
            "A change whose 95%% intervals overlap is reported as no significant difference.",
            "As a CI gate: --fail-on-regression and/or --threshold make a regression exit 3."
        })
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The baseline run. " + Evidence.RUN_HELP)
    String before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The run to judge, e.g. latest.")
    String after;

    @Option(names = "--all", description = "Also list metrics with no significant difference.")
    boolean all;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Option(names = "--csv", description = "Print every metric of both runs as CSV on stdout (implies --all).")
    boolean csv;

    @Option(
            names = "--fail-on-regression",
            description = "Exit 3 when any metric got worse beyond both 95%% intervals (a CI gate).")
    boolean failOnRegression;

    @Option(
            names = "--threshold",
            paramLabel = "RULE",
            description = "METRIC<+N%% or METRIC>-N%%: exit 3 when the metric moved past it beyond the intervals;"
                    + " 'p99_ms<+10%%' fails when p99 rose by more than 10%%, 'max_rps>-5%%' when throughput fell by"
                    + " more than 5%%. Repeatable; a metric with a threshold is judged by it alone.")
    List<String> thresholds = new ArrayList<>();

    @Override
    public Integer call() {
        CompareService.Comparison comparison = CompareService.compare(before, after);
        RunMetrics a = comparison.before();
        RunMetrics b = comparison.after();
        Set<String> names = new TreeSet<>();
        a.metrics().forEach(m -> names.add(m.name()));
        b.metrics().forEach(m -> names.add(m.name()));
        Gate gate = new Gate(
                failOnRegression,
                Gate.byMetric(thresholds.stream().map(t -> Gate.parse(t, names)).toList()));
        List<Change> changes = comparison.changes();
        PrintWriter out = spec.commandLine().getOut();
        List<Change> failed = changes.stream().filter(gate::fails).toList();
        if (json) {
            Json.print(out, changes);
        } else if (csv) {
            Csv.row(out, List.of("stack", "workload", "metric", "unit", "before", "after", "change", "verdict"));
            changes.forEach(c -> Csv.row(
                    out,
                    List.of(
                            c.stack(),
                            c.workload(),
                            c.metric(),
                            c.unit(),
                            c.before(),
                            c.after(),
                            c.change(),
                            c.verdict())));
        } else {
            table(out, changes, a.runId(), b.runId());
            if (comparison.oneRound()) {
                out.println(ONE_ROUND);
            }
        }
        out.flush();
        if (!gate.active()) {
            return ExitCodes.OK;
        }
        // The gate's verdict goes to stderr, so that --json and --csv output stay one clean document.
        PrintWriter err = spec.commandLine().getErr();
        for (Change c : failed) {
            err.printf(
                    "gate: %s %s %s %s -> %s (%+.1f%%), %s%n",
                    c.stack(),
                    c.workload(),
                    c.metric(),
                    SummaryText.number(c.before()),
                    SummaryText.number(c.after()),
                    c.change() * 100,
                    gate.rule(c));
        }
        long flagged =
                changes.stream().filter(c -> c.verdict() == Verdict.FLAGGED).count();
        err.println(
                failed.isEmpty()
                        ? "gate: passed (" + changes.size() + " metrics compared"
                                + (flagged > 0 ? ", " + flagged + " flagged ones not judged" : "") + ")"
                        : "gate: FAILED, " + failed.size() + " regression(s) of " + changes.size()
                                + " metrics; exit 3");
        if (comparison.oneRound()) {
            // A gate on one-process runs sees only changes beyond the machine's spread between processes.
            err.println("gate: " + ONE_ROUND);
        }
        err.flush();
        return failed.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    static final String ONE_ROUND = "note: one-round runs: each interval is as wide as this machine's spread between"
            + " processes (./bakeoff history --spread), so only larger changes count; runs of --preset standard"
            + " (3 fresh processes per stack) see smaller ones";

    private void table(PrintWriter out, List<Change> changes, String beforeId, String afterId) {
        TextTable table = new TextTable("stack", "workload", "metric", beforeId, afterId, "change", "verdict");
        changes.stream()
                .filter(c -> all || c.verdict().significant())
                .forEach(c -> table.row(
                        c.stack(),
                        c.workload(),
                        c.metric() + (c.unit().isEmpty() ? "" : " (" + c.unit() + ")"),
                        SummaryText.number(c.before()),
                        SummaryText.number(c.after()),
                        String.format("%+.1f%%", c.change() * 100),
                        c.verdict().toString()));
        table.print(out);
        long same = changes.stream().filter(c -> c.verdict() == Verdict.SAME).count();
        out.println(same + " of " + changes.size() + " metrics show no significant difference"
                + (all ? "" : " (--all lists them)"));
    }
}
