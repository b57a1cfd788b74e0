package dev.bakeoff.cli;

import dev.bakeoff.advisor.Advisor;
import dev.bakeoff.advisor.Profile;
import dev.bakeoff.flow.Evidence;
import dev.bakeoff.flow.ReportService;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.ExitCodes;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "report",
        description = {
            "Write a run's report: one self-contained HTML file (opens offline), plus Markdown and JSON of the",
            "same content. With --profile it leads with the verdict and also writes the decision record (adr.md).",
            "Prints the path of the HTML file."
        })
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "RUN",
            description = "A stored run (default: the latest finished). " + Evidence.RUN_HELP)
    String run;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "Profile YAML: lead with its verdict.")
    Path profile;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: .bakeoff/reports/RUN/).")
    Path out;

    @Override
    public Integer call() {
        StoredRun stored = Evidence.stored(run)
                .orElseThrow(() -> new BadInputException(
                        "report", "no finished run is stored yet", "measure first with: ./bakeoff run"));
        Advisor advisor = Advisor.load();
        Profile chosen = profile == null ? null : advisor.readProfile(profile, profile.toString());
        ReportService.Written result =
                ReportService.write(stored, advisor, chosen, profile == null ? null : profile.toString(), out);
        if (profile == null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("bakeoff report: no --profile, so the report has the measurements and the claim checks"
                    + " but no verdict and no decision record");
            err.println("  for a verdict: --profile examples/NAME.yaml (" + String.join(", ", examples())
                    + "), your own profile, or one from: ./bakeoff advise --interactive");
            err.flush();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(result.html());
        stdout.flush();
        return ExitCodes.OK;
    }

    private static List<String> examples() {
        Path dir = Workspace.discover().root().resolve("examples");
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
