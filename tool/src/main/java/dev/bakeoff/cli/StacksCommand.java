package dev.bakeoff.cli;

import dev.bakeoff.lab.StackCatalog;
import dev.bakeoff.lab.StackSetup;
import dev.bakeoff.model.StackStatus;
import dev.bakeoff.model.TextTable;
import dev.bakeoff.model.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "stacks",
        description =
                "List the stacks: whether each is ready, its runtime and framework versions, and how they were installed.")
final class StacksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() {
        Workspace ws = Workspace.discover();
        StackSetup setup = new StackSetup();
        List<StackStatus> statuses = StackCatalog.load(ws.stacksDir(), ws.root()).all().stream()
                .map(setup::status)
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, statuses);
            return 0;
        }
        TextTable table = new TextTable("stack", "ready", "runtime", "framework", "websocket", "installed", "note");
        for (StackStatus s : statuses) {
            table.row(
                    s.stack(),
                    s.ready() ? "yes" : "no",
                    s.runtime() + (s.ready() ? " " + s.runtimeVersion() : ""),
                    s.framework() + (s.ready() ? " " + s.frameworkVersion() : ""),
                    s.websocket() ? "yes" : "not supported",
                    s.installRoute(),
                    s.reason());
        }
        table.print(out);
        return 0;
    }
}
