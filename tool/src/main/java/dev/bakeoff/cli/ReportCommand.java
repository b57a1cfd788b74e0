package dev.bakeoff.cli;

import dev.bakeoff.advisor.AdrWriter;
import dev.bakeoff.advisor.Advisor;
import dev.bakeoff.advisor.Profile;
import dev.bakeoff.advisor.Verdict;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.ExitCodes;
import dev.bakeoff.model.Plan;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workload;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.report.ReportContent;
import dev.bakeoff.report.Reports;
import dev.bakeoff.stats.Summarizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
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
        Result result = write(stored, advisor, chosen, profile == null ? null : profile.toString(), out);
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

    /** What a report run wrote. */
    record Result(Path html, Path adr, Verdict verdict) {}

    /**
     * Writes the report of {@code stored}, with the verdict and the ADR when a {@code profile} is given;
     * the one code path for the CLI and the web UI.
     */
    static Result write(StoredRun stored, Advisor advisor, Profile profile, String profileShownAs, Path dir) {
        RunMetrics metrics = Summarizer.summarize(stored);
        Verdict verdict = profile == null ? null : advisor.advise(profile, metrics);
        List<Verdict.ClaimCheck> claims = verdict != null ? verdict.claims() : advisor.checkClaims(metrics);
        String runId = stored.info().runId();
        List<String> rerun = rerun(stored.plan(), runId, profileShownAs);
        ReportContent content = Reports.content(stored, metrics, verdict, claims, rerun, Instant.now());
        Path target = dir != null
                ? dir
                : Workspace.discover().stateDir().resolve("reports").resolve(runId);
        Path html = Reports.write(content, target, dir != null ? "--out " + dir : target.toString());
        Path adr = null;
        if (verdict != null) {
            adr = target.resolve("adr.md");
            AdrWriter.write(verdict, adr, rerun.getLast(), LocalDate.now());
        } else {
            removeStaleRecord(target.resolve("adr.md"), dir == null);
        }
        return new Result(html, adr, verdict);
    }

    /**
     * A folder holds one report: a decision record left by an earlier report with a profile would sit
     * next to a report that has no verdict, and read as its record. Bakeoff's own report folders are
     * cleaned; in a folder given with --out, only a record that Bakeoff's report wrote (it names the
     * command that re-makes it) is removed.
     */
    private static void removeStaleRecord(Path adr, boolean ownFolder) {
        try {
            if (Files.isRegularFile(adr) && (ownFolder || Files.readString(adr).contains("./bakeoff report "))) {
                Files.delete(adr);
            }
        } catch (IOException e) {
            throw new BadInputException(
                    adr.toString(),
                    "an earlier report's decision record cannot be removed: " + e.getMessage(),
                    "delete it by hand, or choose another folder with --out DIR");
        }
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

    private static List<String> rerun(Plan plan, String runId, String profile) {
        String measure = "./bakeoff run --preset " + plan.preset() + " --stacks " + String.join(",", plan.stacks())
                + " --workloads "
                + String.join(",", plan.workloads().stream().map(Workload::id).toList());
        String report = "./bakeoff report " + runId + (profile == null ? "" : " --profile " + profile);
        return List.of(measure, report);
    }
}
