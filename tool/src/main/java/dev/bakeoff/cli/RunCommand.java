package dev.bakeoff.cli;

import dev.bakeoff.flow.RunService;
import dev.bakeoff.model.ExitCodes;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.RunStatus;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.plan.RunPlan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "run",
        description = {
            "Measure stacks on workloads: the plan is printed first, every trial is stored as it ends,",
            "and a summary per workload (best first, with 95%% intervals) is printed at the end.",
            "Exit 3 when cells failed (they are reported; the rest of the run is kept)."
        })
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--preset",
            paramLabel = "NAME",
            defaultValue = "quick",
            description =
                    "quick (all stacks and workloads in < 5 min on 2 cores), standard or thorough. Default: ${DEFAULT-VALUE}.")
    String preset;

    @Option(names = "--stacks", split = ",", paramLabel = "STACK", description = "Stacks to run (default: all).")
    List<String> stacks = new ArrayList<>();

    @Option(
            names = "--workloads",
            split = ",",
            paramLabel = "WORKLOAD",
            description = "Workloads to run (default: all).")
    List<String> workloads = new ArrayList<>();

    @Option(names = "--rounds", paramLabel = "N", description = "Rounds instead of the preset's.")
    int rounds;

    @Option(names = "--app-cores", paramLabel = "N", description = "Cores for the app (default: half, at least 1).")
    int appCores;

    @Option(names = "--dry-run", description = "Print the plan and stop.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the run (plan, summary) as one JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() {
        Workspace ws = Workspace.discover();
        RunPlan plan = RunService.plan(ws, preset, stacks, workloads, rounds, appCores);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        PlanText.print(dryRun && !json ? out : err, plan.plan());
        if (dryRun) {
            if (json) {
                Json.print(out, plan.plan());
            }
            return ExitCodes.OK;
        }
        try (RunProgress progress =
                new RunProgress(err, plan.totalSteps(), plan.plan().estimatedSeconds())) {
            RunService.Ran ran = new RunService(ws, progress).run(plan, ToolVersion.get());
            progress.close();
            RunService.Outcome outcome = ran.outcome();
            RunMetrics metrics = ran.summary();
            if (json) {
                Json.print(out, new RunReport(outcome, plan.plan(), metrics));
            } else {
                SummaryText.print(out, metrics, plan.plan().workloads());
                HopText.print(out, metrics, plan.plan());
                out.println();
                out.println("run " + outcome.runId() + ": " + outcome.status()
                        + (outcome.failedCells() > 0 ? " (" + outcome.failedCells() + " failed cells, see above)" : "")
                        + "; stored in " + ran.store());
                out.flush();
            }
            return outcome.failedCells() > 0 || outcome.status() != RunStatus.COMPLETE
                    ? ExitCodes.FAILED
                    : ExitCodes.OK;
        }
    }

    /** The --json document of a run. */
    record RunReport(RunService.Outcome outcome, dev.bakeoff.model.Plan plan, RunMetrics summary) {}
}
