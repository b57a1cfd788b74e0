package dev.bakeoff.cli;

import dev.bakeoff.bench.Summarizer;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.StoredRun;
import java.io.PrintWriter;
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

    @Parameters(paramLabel = "RUN", arity = "0..1", description = "Run id (default: the latest finished run).")
    String runId;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() {
        StoredRun run = Evidence.stored(runId)
                .orElseThrow(() -> new dev.bakeoff.model.BadInputException(
                        "history", "no finished run is stored yet", "start one with: ./bakeoff run --preset quick"));
        RunMetrics metrics = Summarizer.summarize(run);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, new Shown(run.info(), run.environment(), run.plan(), metrics));
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
        return 0;
    }

    record Shown(
            dev.bakeoff.model.RunInfo info,
            dev.bakeoff.model.Environment environment,
            dev.bakeoff.model.Plan plan,
            RunMetrics summary) {}
}
