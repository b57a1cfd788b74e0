package dev.bakeoff.cli;

import dev.bakeoff.advisor.Advisor;
import dev.bakeoff.advisor.Verdict;
import dev.bakeoff.advisor.VerdictText;
import dev.bakeoff.model.ExitCodes;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.Workspace;
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
            "check the articles' claims and advise every example profile from that run."
        })
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--preset",
            paramLabel = "NAME",
            defaultValue = "quick",
            description = "Run preset. Default: ${DEFAULT-VALUE}.")
    String preset;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        CommandLine root = spec.root().commandLine();
        banner(err, "1/4 setup: install or build what is missing");
        int setup = root.getSubcommands().get("setup").execute();
        banner(err, "2/4 verify: every stack against stacks/CONTRACT.md");
        int verify = root.getSubcommands().get("verify").execute();
        banner(err, "3/4 run: measure every stack on every workload (" + preset + ")");
        int run = root.getSubcommands().get("run").execute("--preset", preset);
        banner(err, "4/4 advise: the articles' claims and the verdict for each example profile");
        RunMetrics metrics = Evidence.run(null).orElse(null);
        Advisor advisor = Advisor.load();
        if (metrics == null) {
            out.println("no finished run is stored, so the verdicts below rest on the knowledge base only");
        } else {
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
        return Math.max(Math.max(setup, verify), run) == ExitCodes.OK ? ExitCodes.OK : ExitCodes.FAILED;
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
