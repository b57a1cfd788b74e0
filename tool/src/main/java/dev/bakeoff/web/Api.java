package dev.bakeoff.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.bakeoff.advisor.Advisor;
import dev.bakeoff.bench.PlanResolver;
import dev.bakeoff.bench.RunPlan;
import dev.bakeoff.lab.CpuSets;
import dev.bakeoff.lab.StackCatalog;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.Workload;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.report.Template;
import dev.bakeoff.yaml.Yaml;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API behind the page. Reads go through the CLI's --json commands or the same rooms the CLI
 * uses; the one write (start a run) goes through the bench's plan resolver and runner.
 */
final class Api implements HttpHandler {
    private final Guard guard;
    private final WebServer.Cli cli;
    private final LiveRun live;

    Api(Guard guard, WebServer.Cli cli, LiveRun live) {
        this.guard = guard;
        this.cli = cli;
        this.live = live;
    }

    record Options(List<Stack> stacks, List<WorkloadOption> workloads, List<String> presets, List<String> priorities) {}

    record Stack(String name, String language, String framework, String summary) {}

    record WorkloadOption(String id, String description) {}

    record RunRequest(String profile, String preset, List<String> stacks, List<String> workloads) {}

    record DescribeRequest(String text) {}

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String refused = guard.refuse(ex);
        if (refused != null) {
            Http.error(ex, 403, refused);
            return;
        }
        String route = ex.getRequestMethod() + " " + ex.getRequestURI().getPath();
        try {
            switch (route) {
                case "GET /api/options" -> Http.json(ex, 200, options());
                case "GET /api/status" -> Http.json(ex, 200, live.snapshot());
                case "GET /api/live" -> stream(ex);
                case "GET /api/history" -> command(ex, "history", "--json");
                case "GET /api/compare" -> {
                    Map<String, String> q = query(ex);
                    command(
                            ex,
                            "compare",
                            q.getOrDefault("before", ""),
                            q.getOrDefault("after", ""),
                            "--json",
                            "--all");
                }
                case "POST /api/describe" -> {
                    DescribeRequest r = Http.JSON.readValue(Http.body(ex), DescribeRequest.class);
                    Http.json(ex, 200, Advisor.load().describe(r.text() == null ? "" : r.text()));
                }
                case "POST /api/runs" -> start(ex);
                default -> Http.error(ex, 404, "no such API: " + route);
            }
        } catch (BadInputException e) {
            Http.error(ex, 400, e.getMessage());
        } catch (LiveRun.Busy e) {
            Http.error(ex, 409, e.getMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            Http.error(ex, 400, "the request is not the JSON this API expects: " + e.getOriginalMessage());
        }
    }

    private static Options options() {
        Workspace ws = Workspace.discover();
        List<Stack> stacks = StackCatalog.load(ws.stacksDir(), ws.root()).all().stream()
                .map(s -> new Stack(s.name(), s.language(), s.framework(), s.summary()))
                .toList();
        List<WorkloadOption> workloads = Arrays.stream(Workload.values())
                .map(w -> new WorkloadOption(w.id(), w.description()))
                .toList();
        List<String> priorities =
                List.copyOf(Yaml.parse(Template.resourceText("knowledge/weights.yaml"), "weights.yaml")
                        .requiredMap("priorities")
                        .keys());
        return new Options(stacks, workloads, List.of("quick", "standard", "thorough"), priorities);
    }

    private void start(HttpExchange ex) throws IOException {
        RunRequest r = Http.JSON.readValue(Http.body(ex), RunRequest.class);
        String profile = r.profile() == null ? "" : r.profile();
        Advisor.load().parseProfile(profile, "the profile form");
        Workspace ws = Workspace.discover();
        RunPlan plan = PlanResolver.resolve(
                r.preset() == null ? "quick" : r.preset(),
                r.stacks() == null ? List.of() : r.stacks(),
                r.workloads() == null ? List.of() : r.workloads(),
                0,
                StackCatalog.load(ws.stacksDir(), ws.root()),
                CpuSets.plan(0));
        live.start(plan, profile);
        Http.json(ex, 202, live.snapshot());
    }

    /** Server-Sent Events: the live snapshot twice a second until the run is over. */
    private void stream(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            while (true) {
                LiveRun.Snapshot s = live.snapshot();
                // One "data:" per line: the verdict inside is the advise command's pretty-printed JSON.
                String event = Http.JSON
                        .writeValueAsString(s)
                        .lines()
                        .map(l -> "data: " + l + "\n")
                        .collect(java.util.stream.Collectors.joining());
                out.write((event + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (!s.state().equals("running") && !s.state().equals("reporting")) {
                    return;
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a CLI command with --json and passes its document through; bad input becomes 400. */
    private void command(HttpExchange ex, String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = cli.run(new PrintWriter(out), new PrintWriter(err), args);
        if (code == 0) {
            Http.rawJson(ex, 200, out.toString());
        } else {
            Http.error(
                    ex,
                    code == 2 ? 400 : 500,
                    err.toString().replaceFirst("^bakeoff: ", "").strip());
        }
    }

    private static Map<String, String> query(HttpExchange ex) {
        Map<String, String> q = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                q.put(
                        URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return q;
    }
}
