package dev.bakeoff.cli;

import dev.bakeoff.model.BadInputException;
import dev.bakeoff.web.WebServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        description = {
            "The local web UI on 127.0.0.1: describe the project, run a plan and watch it live, see the verdict",
            "and the report, browse and compare past runs, download the decision record. Ctrl-C stops it."
        })
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "7070",
            description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 1 || port > 65535) {
            // Bad input naming --port, not an internal error from the bind (a taken port: WebServer says so).
            throw new BadInputException(
                    "--port " + port, "not a port: the valid range is 1..65535", "choose one, e.g. --port 7070");
        }
        WebServer server = WebServer.start(port, Main::run, ToolVersion.get());
        PrintWriter out = spec.commandLine().getOut();
        out.println("bakeoff serve: open " + server.url() + " (loopback only; Ctrl-C stops it)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
