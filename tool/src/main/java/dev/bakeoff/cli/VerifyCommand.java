package dev.bakeoff.cli;

import dev.bakeoff.lab.Conformance;
import dev.bakeoff.lab.CpuSets;
import dev.bakeoff.lab.LabServices;
import dev.bakeoff.lab.Ports;
import dev.bakeoff.lab.StackCatalog;
import dev.bakeoff.model.ExitCodes;
import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.TextTable;
import dev.bakeoff.model.Verification;
import dev.bakeoff.model.Verification.Check;
import dev.bakeoff.model.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "verify",
        description = {
            "Check reference apps against the contract (stacks/CONTRACT.md): every endpoint, /io concurrency,",
            "WebSocket broadcast. Exit 3 if any stack fails."
        })
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "STACK", description = "Stacks to verify (default: all).")
    List<String> stacks = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Option(names = "--port", paramLabel = "N", description = "Start apps on this port (default: a free one).")
    int port;

    @Override
    public Integer call() {
        Workspace ws = Workspace.discover();
        List<StackDefinition> chosen =
                StackCatalog.load(ws.stacksDir(), ws.root()).select(stacks);
        if (port != 0) {
            Ports.requireFree(port, "--port");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Verification> results = new ArrayList<>();
        try (LabServices lab = new LabServices(ws, CpuSets.plan(0))) {
            lab.leftovers().forEach(a -> err.println("stopped " + a + ", left running by a Bakeoff that was killed"));
            err.println("app on core(s) " + lab.cpus().appList() + ", load generator and helpers on core(s) "
                    + lab.cpus().loadList()
                    + (lab.cpus().shared() ? " (one core: shared, results are less reliable)" : ""));
            for (StackDefinition stack : chosen) {
                err.print("verify " + stack.name() + " ... ");
                err.flush();
                Verification v = new Conformance(lab).verify(stack, port);
                err.println(v.passed() ? "ok" : "FAILED");
                err.flush();
                results.add(v);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, results);
        } else {
            printTable(out, results);
        }
        return results.stream().allMatch(Verification::passed) ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static void printTable(PrintWriter out, List<Verification> results) {
        List<String> checkNames = results.stream()
                .flatMap(v -> v.checks().stream())
                .map(Check::name)
                .distinct()
                .toList();
        List<String> header = new ArrayList<>(List.of("stack", "ready ms"));
        header.addAll(checkNames);
        header.add("result");
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (Verification v : results) {
            List<Object> row = new ArrayList<>(List.of(v.stack(), v.readyMillis() < 0 ? "-" : v.readyMillis()));
            for (String name : checkNames) {
                row.add(v.checks().stream()
                        .filter(c -> c.name().equals(name))
                        .findFirst()
                        .map(c -> switch (c.outcome()) {
                            case PASS -> "ok";
                            case FAIL -> "FAIL";
                            case NOT_SUPPORTED -> "n/s";
                        })
                        .orElse("-"));
            }
            row.add(v.passed() ? "pass" : "FAIL");
            table.row(row.toArray());
        }
        table.print(out);
        for (Verification v : results) {
            if (!v.failure().isEmpty()) {
                out.println();
                out.println(v.stack() + ": " + v.failure());
            }
            for (Check c : v.checks()) {
                if (c.outcome() != Verification.Outcome.PASS) {
                    out.println(v.stack() + " " + c.name()
                            + (c.outcome() == Verification.Outcome.FAIL ? " FAILED: " : " not supported: ")
                            + c.detail());
                }
            }
            if (!v.passed() && !v.logTail().isBlank()) {
                out.println("  last lines of its log:");
                v.logTail().lines().forEach(l -> out.println("    " + l));
            }
        }
        out.flush();
    }
}
