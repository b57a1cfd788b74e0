package dev.bakeoff.plan;

import static dev.bakeoff.plan.Defaults.*;

import dev.bakeoff.model.Workload;
import dev.bakeoff.plan.StepSpec.Request;
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
            case PLAINTEXT -> plaintext(p, step);
            // Quick has no capacity search (its five minutes for six stacks): the advisor's cores and hosting cost
            // come from the efficiency step's CPU per 1k in every preset, so only the capacity table is missing.
            case JSON ->
                withCapacity(
                        p != Preset.QUICK,
                        List.of(
                                closed(w, "max", step, MAX_CONNECTIONS, "/json"),
                                open(w, "fixed", step, REFERENCE_RATE, "/json", p),
                                efficiency(w, p, "/json")),
                        capacity(w, p, capacity, SLO_JSON_MS, OPEN_CONNECTIONS, "/json"));
            case IO -> io(p);
            // Standard leaves cpu's and data's capacity searches to thorough (its 20 minutes for six stacks x 3
            // rounds): only json's capacity per core feeds a criterion, and cpu's and data's cost per request come
            // from the efficiency step's CPU per 1k as in quick.
            case CPU ->
                withCapacity(
                        p == Preset.THOROUGH,
                        List.of(
                                closed(w, "max", step, CPU_CONNECTIONS, "/cpu?n=" + CPU_N),
                                efficiency(w, p, "/cpu?n=" + CPU_N)),
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
                // Quick and standard pay for the size sweep with data's capacity search (their time budgets): the
                // advisor reads data's cost per request from the efficiency step's CPU per 1k, as in every preset.
                p != Preset.THOROUGH
                        ? List.of(
                                closed(w, "max", step, DATA_CONNECTIONS, dataPath()),
                                efficiency(w, p, dataPath()),
                                DataSweep.step(p, step))
                        : List.of(
                                closed(w, "max", step, DATA_CONNECTIONS, dataPath()),
                                efficiency(w, p, dataPath()),
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
                                WS_IDLE_SECONDS,
                                p.wsIdleConnections,
                                0,
                                0,
                                true),
                        new StepSpec.Ws(
                                w,
                                "fanout",
                                dev.bakeoff.loadgen.Defaults.WS_CONNECTIONS + " connections, "
                                        + dev.bakeoff.loadgen.Defaults.WS_PUBLISHERS + " publishing "
                                        + (int) dev.bakeoff.loadgen.Defaults.WS_RATE_PER_SECOND + " msg/s in all",
                                step,
                                dev.bakeoff.loadgen.Defaults.WS_CONNECTIONS,
                                dev.bakeoff.loadgen.Defaults.WS_PUBLISHERS,
                                dev.bakeoff.loadgen.Defaults.WS_RATE_PER_SECOND,
                                false));
            case DB ->
                // Quick keeps the single query and the 20 queries only (its five-minute budget); standard adds the
                // fixed-rate step; the capacity search is thorough's, as cpu's and data's are (its 20 minutes for
                // six stacks x 3 rounds; only json's capacity per core feeds a criterion).
                switch (p) {
                    case QUICK ->
                        List.of(
                                closed(w, "max", step, DB_CONNECTIONS, "/db"),
                                closed(w, "q20", step, DB_CONNECTIONS, "/queries?n=" + DB_QUERIES_N));
                    case STANDARD ->
                        List.of(
                                closed(w, "max", step, DB_CONNECTIONS, "/db"),
                                closed(w, "q20", step, DB_CONNECTIONS, "/queries?n=" + DB_QUERIES_N),
                                open(w, "fixed", step, DB_REFERENCE_RATE, "/db", p));
                    case THOROUGH ->
                        List.of(
                                closed(w, "max", step, DB_CONNECTIONS, "/db"),
                                closed(w, "q20", step, DB_CONNECTIONS, "/queries?n=" + DB_QUERIES_N),
                                open(w, "fixed", step, DB_REFERENCE_RATE, "/db", p),
                                capacity(w, p, capacity, SLO_DB_MS, DB_CONNECTIONS, "/db"));
                };
            case ML -> MlSteps.of(p, step);
            case STARTUP ->
                List.of(new StepSpec.Startup(
                        w,
                        "cold",
                        "launch to first 200 on /health, then idle memory (without the ml model)",
                        STARTUP_SETTLE_SECONDS));
        };
    }

    /**
     * One stack's steps in the order they run. Start-up first: idle memory is read before any load has
     * grown the heap or the caches; then the idle WebSocket connections, whose memory per connection is
     * read before load has grown the heap; then the HTTP workloads; WebSocket fan-out last, so that it,
     * like them, meets a runtime that has compiled its network path. A composed stack's service faults come
     * after everything, so no other step meets a service the lab has hung or restarted.
     */
    static List<StepSpec> inRunOrder(Map<Workload, List<StepSpec>> steps) {
        List<StepSpec> first = new ArrayList<>();
        List<StepSpec> middle = new ArrayList<>();
        List<StepSpec> last = new ArrayList<>();
        first.addAll(steps.getOrDefault(Workload.STARTUP, List.of()));
        for (StepSpec s : steps.getOrDefault(Workload.WS, List.of())) {
            (s instanceof StepSpec.Ws ws && ws.idle() ? first : last).add(s);
        }
        List<StepSpec> faults = new ArrayList<>();
        steps.forEach((w, ws) -> {
            if (w != Workload.STARTUP && w != Workload.WS) {
                ws.forEach(s -> (s instanceof StepSpec.Fault ? faults : middle).add(s));
            }
        });
        List<StepSpec> order = new ArrayList<>(first);
        order.addAll(middle);
        order.addAll(last);
        order.addAll(faults);
        return order;
    }

    /** {@code steps}, then the capacity search when the preset has time for this workload's. */
    private static List<StepSpec> withCapacity(boolean searched, List<StepSpec> steps, StepSpec capacity) {
        if (!searched) {
            return steps;
        }
        List<StepSpec> all = new ArrayList<>(steps);
        all.add(capacity);
        return all;
    }

    static String dataPath() {
        // One web request: the realistic tier (the default ranking) over a 50,000-row prefix.
        return "/data/report?min_qty=" + DATA_MIN_QTY + "&tier=realistic&rows=" + DATA_REQUEST_ROWS;
    }

    private static List<StepSpec> plaintext(Preset p, double step) {
        List<StepSpec> steps = new ArrayList<>();
        steps.add(closed(Workload.PLAINTEXT, "max", step, MAX_CONNECTIONS, "/plaintext"));
        if (p.plaintextFixedRate) {
            steps.add(open(Workload.PLAINTEXT, "fixed", step, REFERENCE_RATE, "/plaintext", p));
        }
        if (p.plaintextEfficiency) {
            steps.add(efficiency(Workload.PLAINTEXT, p, "/plaintext"));
        }
        return steps;
    }

    /**
     * io: a short ceiling probe (closed model, 64 in flight, the app's /io capacity on its cores), then levels at
     * one fixed rate below it whose downstream delay rises, so only the waits in flight change, not the CPU work.
     */
    private static List<StepSpec> io(Preset p) {
        List<StepSpec> steps = new ArrayList<>();
        String ceilingPath = "/io?ms=" + IO_DELAY_MS;
        steps.add(new StepSpec.Closed(
                Workload.IO,
                "ceiling",
                "ceiling probe: closed model, " + IO_CEILING_IN_FLIGHT + " in flight, GET " + ceilingPath,
                p.warmupSeconds + p.pacedSeconds + LOAD_OVERHEAD_SECONDS,
                IO_CEILING_IN_FLIGHT,
                List.of(new Request("io", ceilingPath, 1)),
                p.pacedSeconds));
        for (int delay : p.ioDelaysMs()) {
            String path = "/io?ms=" + delay;
            StepSpec.Paced level = new StepSpec.Paced(
                    Workload.IO,
                    ioLevel(delay),
                    "",
                    0,
                    "ceiling",
                    IO_RATE_SHARE,
                    IO_MAX_RATE,
                    delay,
                    List.of(new Request("io", path, 1)),
                    PACED_SETTLE_SECONDS,
                    p.pacedSeconds);
            steps.add(new StepSpec.Paced(
                    Workload.IO,
                    level.level(),
                    String.format(
                            "open model at %.0f%% of the ceiling, at most %.0f req/s (so up to %.0f in flight), GET %s",
                            IO_RATE_SHARE * 100, IO_MAX_RATE, IO_MAX_RATE * delay / 1000.0, path),
                    // warm-up (the delay + settle), measured phase, the drain of the last requests (one delay)
                    level.warmupSeconds() + p.pacedSeconds + delay / 1000.0 + LOAD_OVERHEAD_SECONDS,
                    level.fromLevel(),
                    level.share(),
                    level.maxRate(),
                    delay,
                    level.mix(),
                    level.settleSeconds(),
                    level.measureSeconds()));
        }
        return steps;
    }

    /** The io level of downstream delay {@code delayMs}: d50, d1000, d5000. */
    static String ioLevel(int delayMs) {
        return "d" + delayMs;
    }

    /** The fixed-rate efficiency step of a workload: a share of its max step's throughput, CPU per 1k and RSS. */
    private static StepSpec efficiency(Workload w, Preset p, String path) {
        return new StepSpec.Paced(
                w,
                "eff",
                String.format(
                        "efficiency: open model at %.0f%% of max (at most %.0f req/s), GET %s: CPU-s per 1k, RSS",
                        EFFICIENCY_SHARE * 100, EFFICIENCY_MAX_RATE, path),
                PACED_SETTLE_SECONDS + p.pacedSeconds + LOAD_OVERHEAD_SECONDS,
                "max",
                EFFICIENCY_SHARE,
                EFFICIENCY_MAX_RATE,
                0,
                List.of(new Request(w.id(), path, 1)),
                PACED_SETTLE_SECONDS,
                p.pacedSeconds);
    }

    private static StepSpec closed(Workload w, String level, double seconds, int connections, String path) {
        return new StepSpec.Closed(
                w,
                level,
                "closed model, " + connections + " connections, GET " + path,
                seconds,
                connections,
                List.of(new Request(w.id(), path, 1)),
                -1);
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
