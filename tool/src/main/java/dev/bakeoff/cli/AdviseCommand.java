package dev.bakeoff.cli;

import dev.bakeoff.advisor.AdrWriter;
import dev.bakeoff.advisor.Advisor;
import dev.bakeoff.advisor.MeasureNeeds;
import dev.bakeoff.advisor.Profile;
import dev.bakeoff.advisor.Verdict;
import dev.bakeoff.advisor.VerdictText;
import dev.bakeoff.flow.Evidence;
import dev.bakeoff.flow.RunService;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.plan.Preset;
import dev.bakeoff.plan.RunPlan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "advise",
        description = {
            "Recommend a stack for a project profile: ranked, explained, with sensitivity and the articles'",
            "claims checked against the latest complete run. Give a PROFILE.yaml, --describe \"TEXT\" or --interactive."
        })
final class AdviseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PROFILE", description = "Profile YAML (see examples/README.md).")
    Path profile;

    @Option(names = "--describe", paramLabel = "TEXT", description = "Describe the project in words instead.")
    String describe;

    @Option(
            names = "--interactive",
            description = "Answer questions in the terminal instead (saved as a profile file).")
    boolean interactive;

    @Option(
            names = "--save",
            paramLabel = "FILE",
            description = "With --interactive: save the answers here (default: a new profile-N.yaml in this folder).")
    Path save;

    @Option(
            names = "--run",
            paramLabel = "RUN",
            description = "Use this stored run (default: the latest complete run covering the most stacks).")
    String run;

    @Option(names = "--measure", paramLabel = "PRESET", description = "Run this preset first and use it.")
    String measure;

    @Option(names = "--json", description = "Print the verdict as one JSON document on stdout.")
    boolean json;

    @Option(names = "--adr", paramLabel = "FILE", description = "Also write a MADR 4.0 decision record.")
    Path adr;

    @Option(names = "--force", description = "Replace the --adr FILE if it exists.")
    boolean force;

    @Override
    public Integer call() {
        int inputs = (profile != null ? 1 : 0) + (describe != null ? 1 : 0) + (interactive ? 1 : 0);
        if (inputs != 1) {
            throw new BadInputException(
                    "advise",
                    "needs exactly one of PROFILE, --describe or --interactive",
                    "e.g. ./bakeoff advise examples/realtime-chat.yaml");
        }
        if (run != null && measure != null) {
            throw new BadInputException("--run, --measure", "use one of them, not both", "drop one");
        }
        if (adr != null && !force) {
            AdrWriter.checkNew(adr); // before a --measure run, not after it
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Advisor advisor = Advisor.load();
        Profile chosen = read(advisor, json ? err : out, err);
        Evidence.Chosen evidence = measure != null
                ? new Evidence.Chosen(measure(measure, advisor.needs(chosen)), List.of())
                : Evidence.forAdvice(run);
        Verdict verdict = advisor.advise(chosen, evidence.run(), evidence.notes());
        if (adr != null) {
            AdrWriter.write(
                    verdict,
                    adr,
                    rerunCommand(),
                    LocalDate.now(),
                    force ? AdrWriter.Existing.REPLACE : AdrWriter.Existing.KEEP);
            err.println("wrote the decision record " + adr);
            err.flush();
        }
        if (json) {
            Json.print(out, verdict);
        } else {
            out.print(VerdictText.render(verdict));
            out.flush();
        }
        return 0;
    }

    private Profile read(Advisor advisor, PrintWriter shown, PrintWriter err) {
        if (profile != null) {
            return advisor.readProfile(profile, profile.toString());
        }
        if (interactive) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            Advisor.Answers answers = advisor.interview(in, err);
            Path file = save != null ? save : freeName();
            if (save != null && Files.exists(save)) {
                throw new BadInputException(
                        "--save " + save, "the file exists; it is not overwritten", "name a new file");
            }
            try {
                Files.writeString(file, answers.yaml(), StandardOpenOption.CREATE_NEW);
            } catch (IOException e) {
                throw new BadInputException(
                        "--save " + file, "cannot write the profile: " + e.getMessage(), "name a writable file");
            }
            err.println("saved your answers as " + file + " (rerun with: ./bakeoff advise " + file + ")");
            err.flush();
            return answers.profile();
        }
        Advisor.Description d = advisor.describe(describe);
        shown.println("Read from your description (phrase -> profile field; correct them in a profile file if wrong):");
        if (d.hits().isEmpty()) {
            shown.println("  no phrase matched: nothing about the team, load or workload was understood, so every"
                    + " field keeps its default (the answer below rests on defaults; describe the team and the load)");
        }
        for (Advisor.PhraseHit hit : d.hits()) {
            shown.println("  \"" + hit.matched() + "\" -> " + hit.fields() + "  (" + hit.note() + ")");
        }
        shown.println();
        shown.flush();
        return d.profile();
    }

    private static Path freeName() {
        for (int n = 1; ; n++) {
            Path p = Path.of("profile-" + n + ".yaml");
            if (!Files.exists(p)) {
                return p;
            }
        }
    }

    private String rerunCommand() {
        List<String> args = new ArrayList<>(List.of("./bakeoff", "advise"));
        if (profile != null) {
            args.add(profile.toString());
        } else if (describe != null) {
            args.add("--describe");
            args.add("\"" + describe.replace("\"", "\\\"") + "\"");
        } else {
            args.add("--interactive");
        }
        if (run != null) {
            args.add("--run");
            args.add(run);
        }
        return String.join(" ", args);
    }

    /**
     * Runs {@code preset} over every stack first, on the workloads the profile's verdict reads (progress on
     * stderr), and returns its measurements.
     */
    private static RunMetrics measure(String preset, MeasureNeeds needs) {
        Preset.byId(preset, "--measure"); // a typo should fail before anything is loaded
        Workspace ws = Workspace.discover();
        RunPlan plan = RunService.plan(ws, preset, List.of(), needs.ids(), 0, 0);
        PrintWriter err = new PrintWriter(System.err, true);
        err.println("# --measure runs what this profile's verdict reads: " + String.join(", ", needs.ids())
                + "; left out: " + String.join("; ", needs.skipped()));
        PlanText.print(err, plan.plan());
        try (RunProgress progress =
                new RunProgress(err, plan.totalSteps(), plan.plan().estimatedSeconds())) {
            RunService.Ran ran = new RunService(ws, progress).run(plan, ToolVersion.get());
            progress.close();
            err.println("run " + ran.outcome().runId() + ": " + ran.outcome().status());
            return ran.summary();
        }
    }
}
