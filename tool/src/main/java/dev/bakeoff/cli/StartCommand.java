package dev.bakeoff.cli;

import dev.bakeoff.lab.AppProcess;
import dev.bakeoff.lab.CpuSets;
import dev.bakeoff.lab.Dataset;
import dev.bakeoff.lab.LabServices;
import dev.bakeoff.lab.Ports;
import dev.bakeoff.lab.StackCatalog;
import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "start",
        description = {
            "Start one reference app exactly as runs do (pinned to the app cores, with the downstream service",
            "and the run's dataset) and keep it up until Ctrl-C: for poking at it, or measuring it with another tool."
        })
final class StartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "STACK")
    String stack;

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: a free one).")
    int port;

    @Option(
            names = "--rows",
            paramLabel = "N",
            defaultValue = "1000000",
            description = "Dataset rows (a run's size; /data/report?rows=N reads a prefix). Default: ${DEFAULT-VALUE}.")
    int rows;

    @Override
    public Integer call() throws InterruptedException {
        Workspace ws = Workspace.discover();
        StackDefinition definition = StackCatalog.load(ws.stacksDir(), ws.root())
                .select(List.of(stack))
                .get(0);
        int chosen = port == 0 ? Ports.free() : Ports.requireFree(port, "--port");
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stop = new CountDownLatch(1);
        try (LabServices lab = new LabServices(ws, CpuSets.plan(0));
                AppProcess app = AppProcess.start(
                        definition, lab.launch(stack, "start", chosen, Dataset.ensure(ws.dataDir(), rows)))) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                app.close();
                stop.countDown();
            }));
            long readyMillis = app.awaitReady().toMillis();
            out.println(app.baseUrl() + " ready in " + readyMillis + " ms (pid " + app.pid() + ", cores "
                    + lab.cpus().appList() + "); Ctrl-C stops it");
            out.flush();
            while (app.isAlive() && stop.getCount() > 0) {
                Thread.sleep(200);
            }
            if (!app.isAlive()) {
                out.println(stack + " exited; last lines of its log:\n" + app.logTail(15));
                return 3;
            }
        }
        return 0;
    }
}
