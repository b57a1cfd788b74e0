package dev.bakeoff.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.bakeoff.advisor.Advisor;
import dev.bakeoff.flow.Evidence;
import dev.bakeoff.flow.ReportService;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.TerminalText;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of {@code bakeoff report}, as written under the state directory's reports/RUN/. A run
 * without a report gets one on first request, from flow's ReportService (what the report command calls), with
 * the report command's error words: bad input (an unknown run) is 404, anything else 500.
 */
final class ReportFiles implements HttpHandler {
    /** Names only: a path can never climb out of reports/. */
    private static final Pattern PATH = Pattern.compile(
            "/reports/([A-Za-z0-9][A-Za-z0-9._-]*)/(report\\.html|report\\.md|report\\.json|adr\\.md|profile\\.yaml|charts/[a-z0-9-]+\\.svg)");

    @Override
    public void handle(HttpExchange ex) throws IOException {
        Matcher m = PATH.matcher(ex.getRequestURI().getPath());
        if (!m.matches() || !ex.getRequestMethod().equals("GET")) {
            Http.error(ex, 404, "no such report file");
            return;
        }
        String run = m.group(1);
        String name = m.group(2);
        Path dir = Workspace.discover().stateDir().resolve("reports").resolve(run);
        if (!Files.exists(dir.resolve("report.html"))) {
            try {
                StoredRun stored = Evidence.stored(run)
                        .orElseThrow(() -> new BadInputException(
                                "report", "no finished run is stored yet", "measure first with: ./bakeoff run"));
                ReportService.write(stored, Advisor.load(), null, null, null);
            } catch (BadInputException bad) {
                Http.error(ex, 404, "bakeoff: " + TerminalText.safe(bad.getMessage()));
                return;
            } catch (StoreException store) {
                Http.error(
                        ex,
                        404,
                        "bakeoff: " + store.getMessage()
                                + "\n  fix: free disk space or set BAKEOFF_HOME to a writable folder; finished trials"
                                + " are kept");
                return;
            } catch (RuntimeException e) {
                Http.error(
                        ex,
                        500,
                        "bakeoff: internal error: " + e
                                + "\n  set BAKEOFF_DEBUG=1 for the stack trace, and please report it");
                return;
            }
        }
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            Http.error(
                    ex,
                    404,
                    name + " does not exist for run " + run
                            + (name.equals("adr.md")
                                    ? " (a decision record needs a profile: start the run from the form)"
                                    : ""));
            return;
        }
        if (name.equals("adr.md")) {
            ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"adr-" + run + ".md\"");
        } else if (name.equals("profile.yaml")) {
            ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"profile.yaml\"");
        }
        Http.send(ex, 200, type(name), Files.readAllBytes(file));
    }

    private static String type(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".json")) {
            return "application/json; charset=utf-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".yaml")) {
            return "text/plain; charset=utf-8";
        }
        return "text/markdown; charset=utf-8";
    }
}
