package dev.bakeoff.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.bakeoff.model.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of {@code bakeoff report}, as written under the state directory's reports/RUN/. A run
 * without a report gets one on first request, through the report command itself.
 */
final class ReportFiles implements HttpHandler {
    /** Names only: a path can never climb out of reports/. */
    private static final Pattern PATH = Pattern.compile(
            "/reports/([A-Za-z0-9][A-Za-z0-9._-]*)/(report\\.html|report\\.md|report\\.json|adr\\.md|profile\\.yaml|charts/[a-z0-9-]+\\.svg)");

    private final WebServer.Cli cli;

    ReportFiles(WebServer.Cli cli) {
        this.cli = cli;
    }

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
            StringWriter err = new StringWriter();
            int code = cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "report", run);
            if (code != 0) {
                Http.error(ex, code == 2 ? 404 : 500, err.toString().strip());
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
