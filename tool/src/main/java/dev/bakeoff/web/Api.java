package dev.bakeoff.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.bakeoff.advisor.Advisor;
import dev.bakeoff.flow.CompareService;
import dev.bakeoff.flow.RunService;
import dev.bakeoff.lab.StackCatalog;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.RunInfo;
import dev.bakeoff.model.Workload;
import dev.bakeoff.model.Workspace;
import dev.bakeoff.plan.Preset;
import dev.bakeoff.plan.RunPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API behind the page. Reads go through the CLI's --json commands or the same rooms the CLI
 * uses; a plan, a run and a comparison go through the flow room's RunService and CompareService. Every request has passed the
 * {@link Guard} before it gets here.
 */
final class Api implements HttpHandler {
    private final LiveRun live;
    private final Verdicts verdicts;

    Api(LiveRun live, Verdicts verdicts) {
        this.live = live;
        this.verdicts = verdicts;
    }

    record Options(List<Stack> stacks, List<WorkloadOption> workloads, List<String> presets, List<String> priorities) {}

    record Stack(String name, String language, String framework, String summary) {}

    record WorkloadOption(String id, String description) {}

    record RunRequest(String profile, String preset, List<String> stacks, List<String> workloads) {}

    record DescribeRequest(String text) {}

    /** A verdict for a stored run; {@code run} null or empty means the latest finished one. */
    record AdviseRequest(String profile, String run) {}

    /** What Start would do: the resolved plan's size and the run engine's own time estimate. */
    record Estimate(
            String preset, List<String> stacks, List<String> workloads, int totalSteps, double estimatedSeconds) {}

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String route = ex.getRequestMethod() + " " + ex.getRequestURI().getPath();
        try {
            switch (route) {
                case "GET /api/options" -> Http.json(ex, 200, options());
                case "GET /api/status" -> Http.json(ex, 200, live.snapshot());
                case "GET /api/live" -> stream(ex);
                // Not the history command: it marks runs left "running" by its own process as abandoned,
                // and in this process that is the run the UI is measuring.
                case "GET /api/history" -> Http.json(ex, 200, StoredRuns.all());
                case "GET /api/compare" -> compare(ex);
                case "POST /api/describe" -> {
                    DescribeRequest r = Http.JSON.readValue(Http.body(ex), DescribeRequest.class);
                    Http.json(ex, 200, Advisor.load().describe(r.text() == null ? "" : r.text()));
                }
                case "POST /api/plan" -> {
                    RunPlan plan = resolve(Http.JSON.readValue(Http.body(ex), RunRequest.class));
                    Http.json(
                            ex,
                            200,
                            new Estimate(
                                    plan.plan().preset(),
                                    plan.plan().stacks(),
                                    plan.plan().workloads().stream()
                                            .map(Workload::id)
                                            .toList(),
                                    plan.totalSteps(),
                                    plan.plan().estimatedSeconds()));
                }
                case "POST /api/runs" -> start(ex);
                case "POST /api/runs/cancel" -> {
                    Http.body(ex);
                    if (!live.cancel()) {
                        Http.error(ex, 409, "no run is being measured, so there is nothing to cancel");
                        return;
                    }
                    Http.json(ex, 202, live.snapshot());
                }
                case "POST /api/advise" -> advise(ex);
                default -> Http.error(ex, 404, "no such API: " + route);
            }
        } catch (BadInputException e) {
            Http.error(ex, 400, e.getMessage());
        } catch (LiveRun.Busy e) {
            Http.error(ex, 409, e.getMessage());
        } catch (Http.TooLarge e) {
            Http.refuse(ex, 413, e.getMessage());
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
        List<String> presets = Arrays.stream(Preset.values()).map(Preset::id).toList();
        return new Options(stacks, workloads, presets, Advisor.load().priorities());
    }

    private static RunPlan resolve(RunRequest r) {
        return RunService.plan(
                Workspace.discover(),
                r.preset() == null ? "quick" : r.preset(),
                r.stacks() == null ? List.of() : r.stacks(),
                r.workloads() == null ? List.of() : r.workloads(),
                0,
                0);
    }

    private void start(HttpExchange ex) throws IOException {
        RunRequest r = Http.JSON.readValue(Http.body(ex), RunRequest.class);
        String profile = r.profile() == null ? "" : r.profile();
        Advisor.load().parseProfile(profile, "the profile form");
        live.start(resolve(r), profile);
        Http.json(ex, 202, live.snapshot());
    }

    /** The verdict for the form's profile against a stored run: no measuring again. */
    private void advise(HttpExchange ex) throws IOException {
        AdviseRequest r = Http.JSON.readValue(Http.body(ex), AdviseRequest.class);
        String profile = r.profile() == null ? "" : r.profile();
        Advisor.load().parseProfile(profile, "the profile form");
        if (live.measuring()) {
            throw new LiveRun.Busy(); // reporting now would take CPU from the measurement in progress
        }
        RunInfo run = r.run() == null || r.run().isEmpty()
                ? StoredRuns.latestFinished()
                        .orElseThrow(() -> new BadInputException(
                                "the verdict", "no finished run is stored yet", "start a run first"))
                : StoredRuns.find("run", r.run());
        Http.json(ex, 200, verdicts.make(run.runId(), run.status(), run.failedCells(), profile));
    }

    private void compare(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex);
        RunInfo before = StoredRuns.find("before", q.get("before"));
        RunInfo after = StoredRuns.find("after", q.get("after"));
        CompareService.Comparison c = CompareService.compare(before.runId(), after.runId());
        Http.json(ex, 200, CompareRows.of(c.changes(), c.after()));
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
                if (!live.going()) {
                    return;
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
