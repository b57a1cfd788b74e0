package dev.bakeoff.bench;

import static dev.bakeoff.bench.Defaults.*;

import dev.bakeoff.bench.StepSpec.Request;
import dev.bakeoff.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What each workload does, step by step, for a preset: the single definition that plans are made of. */
final class WorkloadSteps {
    private WorkloadSteps() {}

    static List<StepSpec> of(Workload w, Preset p) {
        double step = p.warmupSeconds + p.measureSeconds + LOAD_OVERHEAD_SECONDS;
        double capacity = p.capacitySteps * (p.probeWarmupSeconds() + p.probeSeconds + LOAD_OVERHEAD_SECONDS);
        double mixed = p.warmupSeconds + p.mixedSeconds + LOAD_OVERHEAD_SECONDS;
        return switch (w) {
            case PLAINTEXT ->
                p.plaintextFixedRate
                        ? List.of(
                                closed(w, "max", step, MAX_CONNECTIONS, "/plaintext"),
                                open(w, "fixed", step, REFERENCE_RATE, "/plaintext", p))
                        : List.of(closed(w, "max", step, MAX_CONNECTIONS, "/plaintext"));
            case JSON ->
                List.of(
                        closed(w, "max", step, MAX_CONNECTIONS, "/json"),
                        open(w, "fixed", step, REFERENCE_RATE, "/json", p),
                        capacity(w, p, capacity, SLO_JSON_MS, OPEN_CONNECTIONS, "/json"));
            case IO -> io(p, step, capacity);
            case CPU ->
                List.of(
                        closed(w, "max", step, CPU_CONNECTIONS, "/cpu?n=" + CPU_N),
                        capacity(w, p, capacity, SLO_CPU_MS, CPU_CONNECTIONS, "/cpu?n=" + CPU_N));
            case MIXED ->
                List.of(
                        new StepSpec.Open(
                                w,
                                "baseline",
                                "open model, " + (int) MIXED_JSON_RATE + " req/s of GET /json alone",
                                mixed,
                                MIXED_JSON_RATE,
                                OPEN_CONNECTIONS,
                                List.of(new Request("json", "/json", 1)),
                                p.mixedSeconds),
                        new StepSpec.Open(
                                w,
                                "mixed",
                                "open model, " + (int) MIXED_JSON_RATE + " req/s of /json with " + (int) MIXED_CPU_RATE
                                        + " req/s of /cpu?n=" + MIXED_CPU_N + " alongside",
                                mixed,
                                MIXED_JSON_RATE + MIXED_CPU_RATE,
                                OPEN_CONNECTIONS,
                                List.of(
                                        new Request("json", "/json", (int) MIXED_JSON_RATE),
                                        new Request("cpu", "/cpu?n=" + MIXED_CPU_N, (int) MIXED_CPU_RATE)),
                                p.mixedSeconds));
            case DATA ->
                // Quick pays for the size sweep with data's capacity search (its five-minute budget): the advisor then
                // reads data's cost per request from max throughput, as for every stack of that run.
                p == Preset.QUICK
                        ? List.of(closed(w, "max", step, DATA_CONNECTIONS, dataPath()), DataSweep.step(p, step))
                        : List.of(
                                closed(w, "max", step, DATA_CONNECTIONS, dataPath()),
                                DataSweep.step(p, step),
                                capacity(w, p, capacity, SLO_DATA_MS, DATA_CONNECTIONS, dataPath()));
            case WS ->
                List.of(
                        // Idle first: memory per connection is read before any load has grown the app's heap.
                        new StepSpec.Ws(
                                w,
                                "idle",
                                p.wsIdleConnections / 2 + " then " + p.wsIdleConnections
                                        + " idle connections held: memory per connection (settled RSS slope)",
                                WsMemory.SECONDS,
                                p.wsIdleConnections,
                                0,
                                0,
                                true),
                        new StepSpec.Ws(
                                w,
                                "fanout",
                                WS_CONNECTIONS + " connections, " + WS_PUBLISHERS + " publishing " + (int) WS_RATE
                                        + " msg/s in all",
                                step,
                                WS_CONNECTIONS,
                                WS_PUBLISHERS,
                                WS_RATE,
                                false));
            case DB ->
                // Quick keeps the single query and the 20 queries only (its five-minute budget); the fixed-rate
                // efficiency step and the capacity search come with the longer presets.
                p == Preset.QUICK
                        ? List.of(
                                closed(w, "max", step, DB_CONNECTIONS, "/db"),
                                closed(w, "q20", step, DB_CONNECTIONS, "/queries?n=" + DB_QUERIES_N))
                        : List.of(
                                closed(w, "max", step, DB_CONNECTIONS, "/db"),
                                closed(w, "q20", step, DB_CONNECTIONS, "/queries?n=" + DB_QUERIES_N),
                                open(w, "fixed", step, DB_REFERENCE_RATE, "/db", p),
                                capacity(w, p, capacity, SLO_DB_MS, DB_CONNECTIONS, "/db"));
            case STARTUP ->
                List.of(new StepSpec.Startup(
                        w, "cold", "launch to first 200 on /health, then idle memory", STARTUP_SETTLE_SECONDS));
        };
    }

    /**
     * One stack's steps in the order they run. Start-up first: idle memory is read before any load has
     * grown the heap or the caches; then the idle WebSocket connections, whose memory per connection is
     * read before load has grown the heap; then the HTTP workloads; WebSocket fan-out last, so that it,
     * like them, meets a runtime that has compiled its network path.
     */
    static List<StepSpec> inRunOrder(Map<Workload, List<StepSpec>> steps) {
        List<StepSpec> first = new ArrayList<>();
        List<StepSpec> middle = new ArrayList<>();
        List<StepSpec> last = new ArrayList<>();
        first.addAll(steps.getOrDefault(Workload.STARTUP, List.of()));
        for (StepSpec s : steps.getOrDefault(Workload.WS, List.of())) {
            (s instanceof StepSpec.Ws ws && ws.idle() ? first : last).add(s);
        }
        steps.forEach((w, ws) -> {
            if (w != Workload.STARTUP && w != Workload.WS) {
                middle.addAll(ws);
            }
        });
        List<StepSpec> order = new ArrayList<>(first);
        order.addAll(middle);
        order.addAll(last);
        return order;
    }

    static String dataPath() {
        // One web request: the realistic tier (the default ranking) over a 50,000-row prefix.
        return "/data/report?min_qty=" + DATA_MIN_QTY + "&tier=realistic&rows=" + DATA_REQUEST_ROWS;
    }

    private static List<StepSpec> io(Preset p, double step, double capacity) {
        List<StepSpec> steps = new ArrayList<>();
        for (int inFlight : p.ioInFlight()) {
            steps.add(closed(Workload.IO, "c" + inFlight, step, inFlight, "/io?ms=" + IO_DELAY_MS));
        }
        int top = p.ioInFlight()[p.ioInFlight().length - 1];
        steps.add(new StepSpec.Capacity(
                Workload.IO,
                "capacity",
                "highest rate with p99 < " + (int) SLO_IO_MS + " ms (bisection, " + p.capacitySteps + " steps)",
                capacity,
                p.capacitySteps,
                SLO_IO_MS,
                top,
                "c" + top,
                List.of(new Request("io", "/io?ms=" + IO_DELAY_MS, 1))));
        return steps;
    }

    private static StepSpec closed(Workload w, String level, double seconds, int connections, String path) {
        return new StepSpec.Closed(
                w,
                level,
                "closed model, " + connections + " connections, GET " + path,
                seconds,
                connections,
                List.of(new Request(w.id(), path, 1)));
    }

    private static StepSpec open(Workload w, String level, double seconds, double rate, String path, Preset p) {
        return new StepSpec.Open(
                w,
                level,
                "open model, " + (int) rate + " req/s, GET " + path,
                seconds,
                rate,
                OPEN_CONNECTIONS,
                List.of(new Request(w.id(), path, 1)),
                p.measureSeconds);
    }

    private static StepSpec capacity(Workload w, Preset p, double seconds, double slo, int connections, String path) {
        return new StepSpec.Capacity(
                w,
                "capacity",
                "highest rate with p99 < " + (int) slo + " ms (bisection, " + p.capacitySteps + " steps)",
                seconds,
                p.capacitySteps,
                slo,
                connections,
                "max",
                List.of(new Request(w.id(), path, 1)));
    }
}
