package dev.bakeoff.cli;

import dev.bakeoff.flow.Evidence;
import dev.bakeoff.model.Metric;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.StoredRun;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Show a stored run: its environment, plan and summary.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "RUN",
            arity = "0..1",
            description = "Run (default: the latest finished). " + Evidence.RUN_HELP)
    String runId;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Option(
            names = "--csv",
            description = "Print the summary as CSV on stdout: one row per stack, workload and metric, with its"
                    + " median, 95%% interval, unit, trials and flag.")
    boolean csv;

    @Override
    public Integer call() {
        StoredRun run = Evidence.stored(runId)
                .orElseThrow(() -> new dev.bakeoff.model.BadInputException(
                        "history", "no finished run is stored yet", "start one with: ./bakeoff run --preset quick"));
        RunMetrics metrics = Evidence.summary(run);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, new Shown(run.info(), run.environment(), run.plan(), metrics));
            return 0;
        }
        if (csv) {
            Csv.row(
                    out,
                    List.of(
                            "run",
                            "stack",
                            "workload",
                            "metric",
                            "unit",
                            "median",
                            "low",
                            "high",
                            "higher_is_better",
                            "trials",
                            "flagged",
                            "note"));
            for (Metric m : metrics.metrics()) {
                Csv.row(
                        out,
                        List.of(
                                metrics.runId(),
                                m.stack(),
                                m.workload().id(),
                                m.name(),
                                m.unit() == null ? "" : m.unit(),
                                m.median(),
                                m.low(),
                                m.high(),
                                m.higherIsBetter(),
                                m.trials(),
                                m.flagged(),
                                m.note() == null ? "" : m.note()));
            }
            out.flush();
            return 0;
        }
        out.println("run " + run.info().runId() + " (" + run.info().status() + ", "
                + run.info().trials() + " trials, " + run.info().failedCells() + " failed)");
        out.println("environment: " + run.environment().oneLine());
        out.println("java " + run.environment().javaVersion() + ", bakeoff "
                + run.environment().toolVersion() + " (commit "
                + run.environment().gitCommit() + ")");
        run.environment().versions().forEach((stack, v) -> out.println("  " + stack + ": " + v));
        PlanText.print(out, run.plan());
        SummaryText.print(out, metrics, run.plan().workloads());
        HopText.print(out, metrics, run.plan());
        return 0;
    }

    record Shown(
            dev.bakeoff.model.RunInfo info,
            dev.bakeoff.model.Environment environment,
            dev.bakeoff.model.Plan plan,
            RunMetrics summary) {}
}
