package dev.bakeoff.cli;

import dev.bakeoff.lab.StackCatalog;
import dev.bakeoff.lab.StackSetup;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.ExitCodes;
import dev.bakeoff.model.SetupResult;
import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.StackDefinition.RuntimeSource;
import dev.bakeoff.model.TextTable;
import dev.bakeoff.model.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "setup",
        description = {
            "Install or build reference apps (idempotent). A stack that cannot be set up is reported and skipped.",
            "Exit 0 when every named stack is ready, 3 when any is not."
        })
final class SetupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "STACK", description = "Stacks to set up (default: all).")
    List<String> stacks = new ArrayList<>();

    @Option(
            names = "--runtime",
            paramLabel = "SOURCE",
            description = {
                "managed: a venv per Python stack and a pinned Node.js LTS from npm, in the Bakeoff home;",
                "system: the node on PATH and Debian's Python packages. Default: each stack.yaml's setup.runtime",
                "(managed in all six). The choice is kept per stack until setup is run with another."
            })
    String runtime;

    @Override
    public Integer call() {
        Workspace ws = Workspace.discover();
        List<StackDefinition> chosen =
                StackCatalog.load(ws.stacksDir(), ws.root()).select(stacks);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Optional<RuntimeSource> source = runtimeSource();
        StackSetup setup = new StackSetup();
        List<SetupResult> results = new ArrayList<>();
        for (StackDefinition stack : chosen) {
            err.println("setup " + stack.name() + " ...");
            err.flush();
            results.add(setup.ensure(stack, source, line -> {
                err.println("  " + line);
                err.flush();
            }));
        }
        if (chosen.stream().anyMatch(s -> s.workloads().contains(dev.bakeoff.model.Workload.DB))) {
            err.println("setup postgresql (the db workload's server) ...");
            err.flush();
            results.add(setup.ensureDatabase(line -> {
                err.println("  " + line);
                err.flush();
            }));
        }
        if (chosen.stream().anyMatch(s -> s.workloads().contains(dev.bakeoff.model.Workload.ML))) {
            err.println("setup ml model (the ml workload's, trained once) ...");
            err.flush();
            results.add(new dev.bakeoff.lab.MlModel(ws.stateDir(), ws.stacksDir()).ensure(line -> {
                err.println("  " + line);
                err.flush();
            }));
        }
        TextTable table = new TextTable("stack", "status", "detail");
        for (SetupResult r : results) {
            table.row(
                    r.stack(),
                    r.status().name().toLowerCase(),
                    r.detail().lines().findFirst().orElse(""));
        }
        table.print(out);
        for (SetupResult r : results) {
            if (!r.status().usable()) {
                out.println();
                out.println(r.stack() + ": " + r.detail());
                r.manualCommands().forEach(c -> out.println("  run: " + c));
            }
        }
        out.flush();
        return results.stream().allMatch(r -> r.status().usable()) ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private Optional<RuntimeSource> runtimeSource() {
        if (runtime == null) {
            return Optional.empty();
        }
        return Arrays.stream(RuntimeSource.values())
                .filter(r -> r.id().equals(runtime))
                .findFirst()
                .map(Optional::of)
                .orElseThrow(() -> new BadInputException(
                        "--runtime " + runtime,
                        "is not a runtime source",
                        "use --runtime managed or --runtime system"));
    }
}
