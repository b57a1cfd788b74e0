package dev.bakeoff.plan;

/**
 * Every fixed number of the workloads' plans, in one place. They are the same for every stack, so the
 * comparison is like for like; each says why it is what it is. The run's own bounds are in {@code
 * run.RunDefaults}, the statistics' in {@code stats.StatsDefaults}, the load generator's (WebSocket included) in
 * {@link dev.bakeoff.loadgen.Defaults}. Public: the few that the run and the statistics read too.
 */
public final class Defaults {
    /** Closed-model connections for maximum throughput: enough to keep one core busy on every stack. */
    public static final int MAX_CONNECTIONS = 64;
    /** Open-model connections for fixed-rate steps. */
    static final int OPEN_CONNECTIONS = 16;
    /** Fixed rate for plaintext/json latency: well inside every stack's capacity on one core. */
    static final double REFERENCE_RATE = 1000;

    /** The downstream delay of /io: "a database or another service". */
    static final int IO_DELAY_MS = 50;
    /** io's ceiling probe: closed model at this many in flight on /io?ms=IO_DELAY_MS, the app's /io capacity. */
    static final int IO_CEILING_IN_FLIGHT = 64;
    /**
     * io levels: this share of the ceiling, at most IO_MAX_RATE, the same rate at every level so the CPU work per
     * second is the same and only the waits change (in flight = rate x delay: 10, 200, 1,000 at 200 req/s; the apps' downstream pools hold 1,024).
     */
    static final double IO_RATE_SHARE = 0.5;

    static final double IO_MAX_RATE = 200;
    /** A level whose delay service fired its timers later than this at p99 (max of both) flags itself. */
    public static final double IO_DRIFT_MIN_MS = 2;

    public static final double IO_DRIFT_SHARE = 0.02;

    /**
     * Efficiency steps: open model at this share of the workload's own max step, at most this rate (well below
     * saturation and below what one generator core drives), reporting the app's CPU-seconds per 1,000 requests.
     */
    static final double EFFICIENCY_SHARE = 0.5;

    static final double EFFICIENCY_MAX_RATE = 5000;
    /** Warm-up of a paced step beyond its downstream delay: its endpoint is warm already, the rate just settles. */
    static final double PACED_SETTLE_SECONDS = 0.2;

    /** /cpu work per request: big enough that the language, not the framework, dominates. */
    static final int CPU_N = 20_000;

    static final int CPU_CONNECTIONS = 8;

    /** mixed: cheap /json at this rate while /cpu requests (N = MIXED_CPU_N) arrive at MIXED_CPU_RATE. */
    static final double MIXED_JSON_RATE = 500;

    static final double MIXED_CPU_RATE = 2;
    /** Long enough to be "CPU-intensive" in every language (Node ~8 ms, CPython ~120 ms per job on this machine). */
    static final int MIXED_CPU_N = 200_000;

    /**
     * data: rows of the orders dataset the apps load (the largest size of the sweep, {@link DataSweep}), the rows
     * of the "one web request" steps (max throughput, capacity: a prefix, rows=N) and the filter of /data/report.
     */
    static final int DATASET_ROWS = 1_000_000;

    static final int DATA_REQUEST_ROWS = 50_000;

    static final int DATA_MIN_QTY = 10;
    static final int DATA_CONNECTIONS = 8;

    /**
     * db: connections of its closed steps (as many as for plaintext: the app's pool, DATABASE_POOL, is what
     * limits the queries in flight), the N of /queries, a fixed rate well inside every stack's /db capacity
     * on one core (Django's ORM included), and the p99 objective of /db (a lookup is ~0.1 ms in PostgreSQL).
     */
    static final int DB_CONNECTIONS = 64;

    static final int DB_QUERIES_N = 20;
    static final double DB_REFERENCE_RATE = 300;
    static final double SLO_DB_MS = 50;

    /**
     * ml: closed-model connections of its batch steps (a few per core: inference is CPU-bound, more only
     * queue), the two batch sizes the issue asks for, and a fixed rate of batch-1 requests well inside every
     * stack's capacity on one core (CPython's sklearn call is ~0.1-0.3 ms) for CPU per 1k predictions.
     */
    static final int ML_CONNECTIONS = 16;

    public static final int ML_SMALL_BATCH = 1;
    public static final int ML_LARGE_BATCH = 64;
    static final double ML_REFERENCE_RATE = 300;

    /**
     * A composed stack's service faults (plan.ServiceFault): the front is loaded at a low fixed rate of batch-1
     * /ml/predict with its own /json beside it, while the lab hangs or kills the service. The lab gives every
     * front the same timeout for its calls (lab.LaunchSettings.SERVICE_TIMEOUT_MS), so the hung case
     * settles: after the timeout every call in flight ends in the front's error answer. The warm-up lasts the
     * timeout plus a margin, so the measured phase sees the settled state; then, after a kill, the lab restarts
     * the service and waits at most FAULT_RECOVERY_SECONDS for the front to answer /ml/predict again.
     */
    static final int SERVICE_TIMEOUT_MS = dev.bakeoff.lab.LaunchSettings.SERVICE_TIMEOUT_MS;

    static final double FAULT_ML_RATE = 50;
    static final double FAULT_JSON_RATE = 100;
    static final double FAULT_SETTLE_SECONDS = 0.5;
    static final double FAULT_MEASURE_SECONDS = 2.0;
    public static final double FAULT_RECOVERY_SECONDS = 10;
    /** What a restart of the service and the front's recovery add to the step's expected time. */
    static final double FAULT_RESTART_ESTIMATE_SECONDS = 3;

    /** p99 objectives of the capacity search, per workload (ms); the error bound is the run's ({@code run.RunDefaults}). */
    public static final double SLO_JSON_MS = 20;

    static final double SLO_IO_MS = 2.0 * IO_DELAY_MS;
    static final double SLO_CPU_MS = 250;
    static final double SLO_DATA_MS = 250;

    /**
     * ws: the idle step's expected length: run.WsMemory's two holds of 1.5 s, both ended once the second reading is
     * taken, plus connecting each half (under 0.5 s each, java-spring still cold over 1 s) and closing.
     * Its fan-out's connections, publishers, rate and payload are the load generator's ({@link
     * dev.bakeoff.loadgen.Defaults#WS_CONNECTIONS} and the rest): one definition of them.
     */
    static final double WS_IDLE_SECONDS = 4.5;

    /** How long the idle app settles after ready before its idle memory is read. */
    public static final double STARTUP_SETTLE_SECONDS = 1.0;

    /**
     * Expected warm-up beyond the larger of a runtime's floor and the steady-state test's two windows, for plan
     * estimates: a guess (one more window), not a measurement; the run reports each app's real warm-up.
     */
    static final double STEADY_BEYOND_FLOOR_ESTIMATE_SECONDS = 1.6;

    /**
     * Expected start cost per launch in plan estimates: launch to ready took 2.3-3.2 s for the Node, Python and
     * Vert.x apps with the 10^6-row dataset and 5.5-8 s for Spring Boot on one core (2026-12-04 standard run).
     */
    static final double START_ESTIMATE_SECONDS = 3.0;
    /** Expected fixed cost of each load-generator run in plan estimates (connecting, draining, closing): small. */
    static final double LOAD_OVERHEAD_SECONDS = 0.1;

    private Defaults() {}
}
