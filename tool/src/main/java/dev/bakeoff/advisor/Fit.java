package dev.bakeoff.advisor;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether one stack meets a {@link Load} on the measured machine, and what it needs for it. The scaling
 * model, stated with every verdict:
 *
 * <ul>
 *   <li>CPU per request is the app's measured CPU-seconds per request at a fixed rate well below saturation
 *       (app_cpu_s_per_1k / 1000, when the run has it for every stack of the workload); else the inverse of
 *       the workload's capacity per core at its p99 objective (capacity_rps_per_core; max_rps for every stack
 *       when the run lacks a capacity for one). One basis per run and workload, the same for all stacks: API
 *       requests cost what /json costs, CPU-heavy requests what /cpu costs,
 *       data requests what /data/report costs, scaled with their rows along the stack's fitted a + b*N
 *       (else linearly; the reference report
 *       scans 50,000 rows).
 *   <li>Cores needed = peak req/s x CPU per request / target utilisation (headroom); cores add linearly
 *       (instances behind a balancer).
 *   <li>p99: the measured p99 of the request types the profile has: /json at its fixed rate, cheap
 *       requests while CPU work runs (mixed), the data report scaled by rows. A p99 over budget cannot be
 *       fixed by more cores: the stack cannot meet the requirement.
 *   <li>Memory: Node.js and CPython scale by processes (one per core), the JVM by threads in one
 *       process; each process takes its peak RSS under load, plus memory per open connection when the
 *       app is real-time.
 * </ul>
 */
final class Fit {
    static final String MODEL = "CPU per request = the app's measured CPU-s per 1,000 requests at a fixed rate / 1,000"
            + " (else 1 / capacity per core at the workload's p99 objective, else 1 / max_rps: one basis for every"
            + " stack of a run; API requests as /json, CPU-heavy as"
            + " /cpu, data requests as /data/report scaled by rows along the stack's fitted a + b*N, else linearly); cores = peak req/s x CPU per request / target utilisation;"
            + " p99 = measured p99 of the request types the profile has (more cores cannot shorten it);"
            + " memory = peak RSS per process (one process per core on Node.js and CPython, one JVM) +"
            + " KiB per open connection when real-time; in-process inference (workload.ml inference) adds the ml"
            + " workload's CPU per prediction x predictions per request to the CPU, the loaded model's RSS above the"
            + " idle app to each process and its batch-1 p99 to the p99s (not measured: nothing added, and said);"
            + " a database-backed profile (workload.database) prices its querying share of API requests as the db"
            + " workload's GET /db (app CPU per 1k), adds the db step's p99 and peak RSS, and counts PostgreSQL's own"
            + " CPU per 1k in the hosting cost";

    enum Outcome {
        MEETS,
        NEEDS_CORES,
        CANNOT_MEET,
        NOT_MEASURED
    }

    /**
     * One stack's fit. {@code apiP99}, {@code cpuP99}, {@code dataP99}, {@code fanoutP99} are NaN when not
     * measured or not relevant; {@code coreEquivalents} is cores plus memory in core-sized units (the
     * hosting cost).
     */
    record StackFit(
            String stack,
            Outcome outcome,
            double coresNeeded,
            double memoryMib,
            double apiP99,
            double cpuP99,
            double dataP99,
            double fanoutP99,
            double coreEquivalents,
            List<String> missing,
            Inference inference,
            DatabaseFit database) {

        double worstP99() {
            double worst = 0;
            for (double v : new double[] {apiP99, cpuP99, dataP99, inference.p99Ms()}) {
                if (!Double.isNaN(v)) {
                    worst = Math.max(worst, v);
                }
            }
            return worst;
        }

        /** One line with the numbers: "meets 2,000 req/s: needs 0.4 of 4 cores, 310 MiB, p99 18 ms". */
        String sentence(Load load) {
            String verb = switch (outcome) {
                case MEETS -> "meets it with headroom";
                case NEEDS_CORES -> "needs more cores than the " + Format.num(load.cores()) + " available";
                case CANNOT_MEET -> "cannot meet the p99 budget of " + Format.num(load.p99Ms()) + " ms";
                case NOT_MEASURED -> "not measured in this run";
            };
            if (outcome == Outcome.NOT_MEASURED) {
                return stack + ": " + verb + " (" + String.join(", ", missing) + ")";
            }
            StringBuilder s = new StringBuilder(stack + ": " + verb + ": needs " + Format.num(round(coresNeeded))
                    + " cores at " + Format.qty(load.peakRps()) + " req/s, " + Format.qty(memoryMib) + " MiB, p99 "
                    + Format.num(round(worstP99())) + " ms");
            if (!Double.isNaN(cpuP99) && load.cpuShare() > 0) {
                s.append(" (cheap requests while CPU work runs: ")
                        .append(Format.num(round(cpuP99)))
                        .append(" ms)");
            }
            if (!Double.isNaN(fanoutP99) && load.realtime()) {
                s.append(", fan-out p99 ").append(Format.num(round(fanoutP99))).append(" ms");
            }
            if (!inference.text().isEmpty()) {
                s.append("; ").append(inference.text());
            }
            if (!database.text().isEmpty()) {
                s.append("; ").append(database.text());
            }
            return s.toString();
        }
    }

    private Fit() {}

    static double round(double v) {
        return v >= 10 ? Math.rint(v) : Math.round(v * 100) / 100.0;
    }

    /** {@code runtime} is node, python or jvm (memory scales by processes or by threads). */
    static StackFit of(String stack, String runtime, Load load, FitRules rules, MetricView view) {
        List<String> missing = new ArrayList<>();
        double api = perRequest(view, stack, missing, Workload.JSON);
        double cpu = load.cpuShare() > 0 ? perRequest(view, stack, missing, Workload.CPU) : 0;
        double data = load.dataShare() > 0 ? perRequest(view, stack, missing, Workload.DATA) : 0;
        if (Double.isNaN(api) || Double.isNaN(cpu) || Double.isNaN(data)) {
            return new StackFit(
                    stack,
                    Outcome.NOT_MEASURED,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    missing,
                    Inference.NONE,
                    DatabaseFit.NONE);
        }
        double rowsFactor = load.dataShare() > 0 ? rowsFactor(view, stack, load.rows()) : 1;
        double apiShare = 1 - load.cpuShare() - load.dataShare();
        double rss = value(view, stack, Workload.IO, MetricNames.PEAK_RSS_MIB)
                .or(() -> value(view, stack, Workload.JSON, MetricNames.PEAK_RSS_MIB))
                .or(() -> value(view, stack, Workload.STARTUP, MetricNames.IDLE_RSS_MIB))
                .orElse(0.0);
        DatabaseFit db = DatabaseFit.of(stack, load, view);
        if (db.measured()) {
            // The requests that query cost what GET /db costs; the pool's connections show in its peak RSS.
            api = (1 - db.share()) * api + db.share() * db.appSecondsPerRequest();
            rss = Math.max(rss, db.peakRssMib());
        }
        Inference inference = Inference.of(stack, load, rules, view, rss);
        double secondsPerRequest = apiShare * api
                + load.cpuShare() * cpu
                + load.dataShare() * data * rowsFactor
                + inference.secondsPerRequest();
        double cores = load.peakRps() * secondsPerRequest / rules.targetUtilisation();
        double apiP99 = value(view, stack, Workload.JSON, MetricNames.P99_MS).orElse(Double.NaN);
        if (db.measured() && !Double.isNaN(db.p99Ms())) {
            apiP99 = Double.isNaN(apiP99) ? db.p99Ms() : Math.max(apiP99, db.p99Ms());
        }
        double cpuP99 = load.cpuShare() > 0
                ? value(view, stack, Workload.MIXED, MetricNames.MIXED_CHEAP_P99_MS)
                        .orElse(Double.NaN)
                : Double.NaN;
        double dataP99 = load.dataShare() > 0
                ? value(view, stack, Workload.DATA, MetricNames.P99_MS)
                        .map(v -> v * Math.max(1, rowsFactor))
                        .orElse(Double.NaN)
                : Double.NaN;
        double fanout =
                value(view, stack, Workload.WS, MetricNames.WS_FANOUT_P99_MS).orElse(Double.NaN);
        double processes = runtime.equals("jvm") ? 1 : Math.max(1, Math.ceil(cores - 1e-9));
        double perConnection = load.realtime()
                ? value(view, stack, Workload.WS, MetricNames.WS_KIB_PER_CONNECTION)
                        .orElse(0.0)
                : 0;
        double memory =
                processes * (rss + inference.modelMib()) + load.connections() * Math.max(0, perConnection) / 1024;
        StackFit probe = new StackFit(
                stack, Outcome.MEETS, cores, memory, apiP99, cpuP99, dataP99, fanout, 0, missing, inference, db);
        Outcome outcome = probe.worstP99() > load.p99Ms()
                ? Outcome.CANNOT_MEET
                : cores > load.cores() ? Outcome.NEEDS_CORES : Outcome.MEETS;
        // The database server's cores are paid for too: a driver or ORM that costs it more is dearer to host.
        double serverCores =
                load.peakRps() * apiShare * db.share() * db.serverSecondsPerRequest() / rules.targetUtilisation();
        double coreEquivalents = cores + serverCores + memory / 1024 / rules.gibPerCore();
        return new StackFit(
                stack,
                outcome,
                cores,
                memory,
                apiP99,
                cpuP99,
                dataP99,
                fanout,
                coreEquivalents,
                missing,
                inference,
                db);
    }

    /** Rows of the data workload's reference report, its "one web request" (plan Defaults.DATA_REQUEST_ROWS). */
    static final long DATA_ROWS = 50_000;

    /**
     * How a data request over {@code rows} rows compares with the measured 50,000-row one: t(rows) / t(50,000)
     * from the stack's fitted t(N) = a + b*N (the data sweep's realistic-tier per-request overhead a and
     * per-row cost b), so a fixed overhead is not multiplied with the rows; linear in rows when the run has no
     * usable fit (a stored run before the sweep, or a fit with no positive per-row cost).
     */
    static double rowsFactor(MetricView view, String stack, long rows) {
        double linear = rows / (double) DATA_ROWS;
        Optional<double[]> ab = dataFit(view, stack);
        if (ab.isEmpty()) {
            return linear;
        }
        double a = ab.get()[0];
        double b = ab.get()[1];
        return (a + b * rows) / (a + b * DATA_ROWS);
    }

    /** {a in ms, b in ms per row} of the realistic tier's fit, when usable (a clamped at 0: a fit's noise). */
    static Optional<double[]> dataFit(MetricView view, String stack) {
        Optional<Double> a = value(view, stack, Workload.DATA, MetricNames.DATA_REALISTIC_OVERHEAD_MS);
        Optional<Double> b = value(view, stack, Workload.DATA, MetricNames.DATA_REALISTIC_ROW_NS)
                .filter(v -> v > 0);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new double[] {Math.max(0, a.get()), b.get() / 1e6});
    }

    /**
     * CPU-seconds per request of workload {@code w}: from the capacity at the objective when the run found
     * one for every stack it measured on {@code w}, else from max_rps for every stack (one basis per run,
     * so that no stack is judged on a stricter figure than another).
     */
    private static double perRequest(MetricView view, String stack, List<String> missing, Workload w) {
        if (cpuPer1kForAll(view, w)) {
            // Measured CPU time itself: also for a stack one generator core cannot saturate (Vert.x). A stack whose
            // cells failed has neither figure: not measured, never 0.
            Optional<Double> perK =
                    value(view, stack, w, MetricNames.APP_CPU_S_PER_1K).filter(v -> v > 0);
            if (perK.isPresent()) {
                return perK.get() / 1000;
            }
            missing.add(w.id() + "/" + MetricNames.APP_CPU_S_PER_1K);
            return Double.NaN;
        }
        String basis = capacityForAll(view, w) ? MetricNames.CAPACITY_PER_CORE : MetricNames.MAX_RPS;
        Optional<Double> rate = value(view, stack, w, basis).filter(v -> v > 0);
        if (rate.isPresent()) {
            return 1 / rate.get();
        }
        missing.add(w.id() + "/" + basis);
        return Double.NaN;
    }

    /**
     * Whether every stack with a usable max_rps on {@code w} also has a usable, non-zero CPU per 1k at the fixed
     * rate; old stored runs have none (no evidence, not 0), and the capacity basis stands in for them.
     */
    static boolean cpuPer1kForAll(MetricView view, Workload w) {
        return everyMeasuredStackHas(view, w, MetricNames.APP_CPU_S_PER_1K);
    }

    private static boolean everyMeasuredStackHas(MetricView view, Workload w, String metric) {
        if (view == null) {
            return false;
        }
        boolean any = false;
        for (Metric m : view.run().metrics()) {
            if (m.workload() == w && m.name().equals(MetricNames.MAX_RPS) && !m.flagged()) {
                any = true;
                boolean has = view.usable(m.stack(), w, metric)
                        .filter(c -> c.median() > 0 && !Double.isNaN(c.median()))
                        .isPresent();
                if (!has) {
                    return false;
                }
            }
        }
        return any;
    }

    /** Whether every stack with a usable max_rps on {@code w} also has a usable, non-zero capacity. */
    static boolean capacityForAll(MetricView view, Workload w) {
        return everyMeasuredStackHas(view, w, MetricNames.CAPACITY_PER_CORE);
    }

    private static Optional<Double> value(MetricView view, String stack, Workload w, String metric) {
        if (view == null) {
            return Optional.empty();
        }
        return view.usable(stack, w, metric).map(m -> view.value().applyAsDouble(m));
    }

    /** The metric itself (for citations). */
    static Optional<Metric> metric(MetricView view, String stack, Workload w, String metric) {
        return view == null ? Optional.empty() : view.usable(stack, w, metric);
    }
}
