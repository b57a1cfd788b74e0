package dev.bakeoff.flow;

import dev.bakeoff.advisor.AdrWriter;
import dev.bakeoff.advisor.Advisor;
import dev.bakeoff.advisor.Profile;
import dev.bakeoff.advisor.Verdict;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.Plan;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workload;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.report.ReportContent;
import dev.bakeoff.report.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a run's report: one self-contained HTML file plus Markdown and JSON of the same content, and with a
 * profile the verdict it leads with and the decision record (adr.md). The one code path for the CLI's report
 * command and, through it, the web UI.
 */
public final class ReportService {
    private ReportService() {}

    /** What a report run wrote. */
    public record Written(Path html, Path adr, Verdict verdict) {}

    /**
     * Writes the report of {@code stored}, with the verdict and the ADR when a {@code profile} is given.
     *
     * @param profileShownAs how the re-run command names the profile (null without one)
     * @param dir where to write; null for the state directory's reports/RUN/
     */
    public static Written write(StoredRun stored, Advisor advisor, Profile profile, String profileShownAs, Path dir) {
        RunMetrics metrics = Evidence.summary(stored);
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
        return new Written(html, adr, verdict);
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

    private static List<String> rerun(Plan plan, String runId, String profile) {
        String measure = "./bakeoff run --preset " + plan.preset() + " --stacks " + String.join(",", plan.stacks())
                + " --workloads "
                + String.join(",", plan.workloads().stream().map(Workload::id).toList());
        String report = "./bakeoff report " + runId + (profile == null ? "" : " --profile " + profile);
        return List.of(measure, report);
    }
}
