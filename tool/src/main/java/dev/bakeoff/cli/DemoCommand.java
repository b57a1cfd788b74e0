package dev.bakeoff.cli;

import dev.bakeoff.advisor.Advisor;
import dev.bakeoff.advisor.Verdict;
import dev.bakeoff.advisor.VerdictText;
import dev.bakeoff.flow.Evidence;
import dev.bakeoff.model.ExitCodes;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.plan.Preset;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The main job, as a chain of the other commands so that it does nothing they don't: set up every
 * stack it can, verify them, measure them with the quick preset, then check the articles' claims and
 * give the verdict for every example profile from that run.
 */
@Command(
        name = "demo",
        description = {
            "The main job: set up what is missing, verify every stack, run the quick preset,",
            "check the articles' claims, advise every example profile from that run, and write the HTML report."
        })
final class DemoCommand implements Callable<Integer> {
    /**
     * The profile the demo's report leads with unless --profile says otherwise: the articles'
     * most-cited scenario, and the one where the stacks differ most (WebSocket fan-out, memory per
     * connection), so that the report shows what measuring adds. Printed with the report step.
     */
    static final String DEMO_PROFILE = "realtime-chat.yaml";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--preset",
            paramLabel = "NAME",
            defaultValue = "quick",
            description = "Run preset. Default: ${DEFAULT-VALUE}.")
    String preset;

    @Option(
            names = "--profile",
            paramLabel = "PROFILE",
            description = "Profile the HTML report leads with. Default: examples/" + DEMO_PROFILE
                    + " (the articles' most-cited scenario, where the stacks differ most).")
    Path profile;

    @Override
    public Integer call() {
        Preset.byId(preset, "--preset"); // a typo should fail before setup and verify take minutes
        Path reportProfile = profile != null
                ? profile
                : Workspace.discover().root().resolve("examples").resolve(DEMO_PROFILE);
        Advisor.load().readProfile(reportProfile, "--profile " + reportProfile); // same: fail early
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        CommandLine root = spec.root().commandLine();
        banner(err, "1/5 setup: install or build what is missing");
        int setup = root.getSubcommands().get("setup").execute();
        banner(err, "2/5 verify: every stack against stacks/CONTRACT.md");
        int verify = root.getSubcommands().get("verify").execute();
        banner(err, "3/5 run: measure every stack on every workload (" + preset + ")");
        int run = root.getSubcommands().get("run").execute("--preset", preset);
        banner(err, "4/5 advise: the articles' claims and the verdict for each example profile");
        // The demo's evidence is the run it just measured, even one with failed cells (advise's default would
        // pass over it, and the demo would then show no measurement at all): its failed cells fall back to the
        // knowledge base, and the reader is told so.
        RunMetrics metrics = Evidence.stored(null).map(Evidence::summary).orElse(null);
        Advisor advisor = Advisor.load();
        if (metrics == null) {
            out.println("no finished run is stored, so the verdicts below rest on the knowledge base only");
        } else {
            if (run != ExitCodes.OK) {
                out.println("Caution: run " + metrics.runId() + " has failed cells (named above); the verdicts use"
                        + " what it measured and the knowledge base where a cell failed.");
            }
            out.println();
            out.println("Claim check (run " + metrics.runId() + ")");
            out.print(VerdictText.claimCheck(advisor.checkClaims(metrics)));
        }
        out.println();
        out.println("Verdicts for the example profiles (./bakeoff advise examples/<name>.yaml for the reasons)");
        for (Path profile : examples(Workspace.discover().root().resolve("examples"))) {
            Verdict v = advisor.advise(advisor.readProfile(profile, "examples/" + profile.getFileName()), metrics);
            out.println("  " + profile.getFileName().toString().replace(".yaml", "") + ": " + VerdictText.oneLine(v));
        }
        out.flush();
        banner(
                err,
                "5/5 report: verdict, evidence and charts in one offline HTML file, for "
                        + (profile != null
                                ? profile
                                : "examples/" + DEMO_PROFILE
                                        + " (the articles' most-cited scenario; --profile FILE picks another)"));
        int report = ExitCodes.OK;
        if (metrics == null) {
            err.println("no report: no run was stored (see step 3); measure with ./bakeoff run, then ./bakeoff report");
        } else {
            report =
                    root.getSubcommands().get("report").execute(metrics.runId(), "--profile", reportProfile.toString());
        }
        return Math.max(Math.max(setup, verify), Math.max(run, report)) == ExitCodes.OK
                ? ExitCodes.OK
                : ExitCodes.FAILED;
    }

    private static List<Path> examples(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void banner(PrintWriter err, String text) {
        err.println();
        err.println("== " + text);
        err.flush();
    }
}
