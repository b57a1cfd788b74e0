package dev.bakeoff.web;

import dev.bakeoff.model.RunStatus;
import dev.bakeoff.model.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A verdict for a profile from the form against a stored run, through the CLI's own report and advise
 * commands: after a run from the UI, or for a run already stored (no measuring again).
 */
final class Verdicts {
    /** How the report and the ADR name the profile: the file the UI serves next to them. */
    static final String PROFILE_NAME = "profile.yaml";

    private final WebServer.Cli cli;

    Verdicts(WebServer.Cli cli) {
        this.cli = cli;
    }

    /** Writes the report and ADR of {@code runId} for {@code profileYaml} (checked by the caller). */
    LiveRun.Result make(String runId, RunStatus status, int failedCells, String profileYaml) throws IOException {
        Path dir = Workspace.discover().stateDir().resolve("reports").resolve(runId);
        Files.createDirectories(dir);
        Path profile = dir.resolve(PROFILE_NAME);
        Files.writeString(profile, profileYaml);
        String shown = profile.toString();
        command("report", runId, "--profile", shown);
        String verdict = command("advise", shown, "--run", runId, "--json");
        // The commands name the profile by the path they were given, a hidden state file of this machine;
        // the files a user downloads name it as the profile.yaml served beside them instead.
        for (String name : List.of("adr.md", "report.md", "report.html", "report.json")) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(file, text.replace(shown, PROFILE_NAME), StandardCharsets.UTF_8);
            }
        }
        String base = "/reports/" + runId + "/";
        return new LiveRun.Result(
                runId, status, failedCells, verdict, base + "report.html", base + "adr.md", base + PROFILE_NAME, null);
    }

    private String command(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = cli.run(new PrintWriter(out), new PrintWriter(err), args);
        if (code != 0) {
            throw new IllegalStateException(
                    "bakeoff " + args[0] + " failed: " + err.toString().strip());
        }
        return out.toString().strip();
    }
}
