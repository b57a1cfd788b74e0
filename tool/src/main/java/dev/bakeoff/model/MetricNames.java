package dev.bakeoff.model;

/**
 * The metric names a run produces, per workload. One place, so that the lab that writes them and the
 * advisor and reports that read them agree. Units are in the names' documentation.
 */
public final class MetricNames {
    /** Closed model, highest throughput reached (requests/s); plaintext, json, cpu, data. */
    public static final String MAX_RPS = "max_rps";
    /** Highest open-model rate with p99 under the workload's SLO and errors under 1%, per app core (req/s/core). */
    public static final String CAPACITY_PER_CORE = "capacity_rps_per_core";
    /** Corrected p99 latency at the workload's fixed reference rate (ms). */
    public static final String P99_MS = "p99_ms";
    /** Corrected p50 latency at the workload's fixed reference rate (ms). */
    public static final String P50_MS = "p50_ms";
    /*
     * io. Retired (old stored runs may still hold them; nothing reads them): io_efficiency and io_rps (closed-model
     * throughput at 1,024 in flight over the ideal, really the CPU cost per request) and io_p99_ms (that step's p99).
     */
    /** io: closed-model requests/s at 64 in flight on /io?ms=50: the app's /io capacity (CPU ceiling) on its cores. */
    public static final String IO_CEILING_RPS = "io_ceiling_rps";
    /**
     * io: corrected p99 beyond the downstream delay at the highest delay level (ms), at a fixed rate below the
     * ceiling; per level as {@code io_overhead_p99_ms@d<delay>}.
     */
    public static final String IO_OVERHEAD_P99_MS = "io_overhead_p99_ms";
    /** io: corrected p50 beyond the downstream delay (ms), at the highest level and per level. */
    public static final String IO_OVERHEAD_P50_MS = "io_overhead_p50_ms";
    /** io: errors and timeouts as a share of the requests, at the highest level and per level (0..1). */
    public static final String IO_ERROR_RATE = "io_error_rate";
    /** io: requests in flight of a level (rate x delay); per level only. */
    public static final String IO_IN_FLIGHT = "in_flight";
    /** io: the app's peak RSS during a level (MiB); per level only. */
    public static final String IO_RSS_MIB = "io_rss_mib";
    /** io: memory per request in flight, the RSS slope between the lowest and the highest level (KiB). */
    public static final String IO_KIB_PER_IN_FLIGHT = "io_kib_per_in_flight";
    /** io: how late the delay service's timers fired at p99 (ms), the worst level; per level too. */
    public static final String IO_DELAY_LATE_P99_MS = "delay_late_p99_ms";
    /** io: a level's downstream delay (ms); a value of the level's measurement, not a figure. */
    public static final String IO_DELAY_MS = "delay_ms";
    /**
     * The app's CPU-seconds per 1,000 requests at a fixed rate well below saturation (s): the efficiency step of
     * plaintext, json, cpu and data, io's lowest level, and (closed model) db's /db step.
     */
    public static final String APP_CPU_S_PER_1K = "app_cpu_s_per_1k";
    /** The app's peak RSS at that fixed rate (MiB). */
    public static final String EFF_RSS_MIB = "eff_rss_mib";
    /** mixed: p99 of the cheap /json requests while /cpu requests run (ms). */
    public static final String MIXED_CHEAP_P99_MS = "cheap_p99_ms";
    /** mixed: that p99 divided by the cheap requests' p99 without CPU work (1 = no blocking). */
    public static final String MIXED_BLOCKING_FACTOR = "blocking_factor";
    /**
     * mixed: p50 of the cheap /json requests that met a /cpu request in flight (sent while one was in flight, or
     * answered after one was sent) in the mixed step (ms): what a cheap request waits while CPU work runs.
     */
    public static final String MIXED_BESIDE_P50_MS = "beside_p50_ms";
    /**
     * mixed: that p50 divided by the cheap requests' p50 without CPU work, in the baseline step (1 = they do not
     * wait for CPU work): claims N5 and P5 and the cpu_work criterion read this one. Unlike the blocking factor it
     * rests on every cheap request that met a CPU job, not on whether a few jobs fill the slowest 1%.
     */
    public static final String MIXED_WAIT_FACTOR = "wait_factor";
    /** mixed: cheap /json requests of the mixed step's measured phase that met a /cpu request (requests). */
    public static final String MIXED_BESIDE_COUNT = "beside_count";
    /** mixed: /cpu requests answered in the measured phase of the mixed step (requests). */
    public static final String MIXED_CPU_ANSWERED = "cpu_answered";
    /** mixed: /cpu requests the cpu class's own schedule planned for that phase (rate x seconds). */
    public static final String MIXED_CPU_PLANNED = "cpu_planned";
    /** ws: publish-to-receive p99 latency across all receivers (ms). */
    public static final String WS_FANOUT_P99_MS = "fanout_p99_ms";
    /** ws: the app's settled RSS slope per idle connection, between half and all the connections (KiB). */
    public static final String WS_KIB_PER_CONNECTION = "kib_per_connection";
    /** db: closed-model requests/s of GET /queries?n=20 (20 single-row queries per request). */
    public static final String DB_QUERIES_RPS = "queries20_rps";
    /** db: the app's CPU-seconds per 1,000 requests of the /db step (s). */
    public static final String DB_APP_CPU_S_PER_1K = APP_CPU_S_PER_1K;
    /** db: the PostgreSQL server's CPU-seconds (its whole process tree) per 1,000 requests of the /db step (s). */
    public static final String DB_SERVER_CPU_S_PER_1K = "db_cpu_s_per_1k";
    /** db: the PostgreSQL server's CPU use during the /db step, as a share of its cores (0..1). */
    public static final String DB_SERVER_CPU_SHARE = "db_cpu_share";
    /** ml: closed-model requests/s of POST /ml/predict with 1 row. */
    public static final String ML_B1_RPS = "ml_b1_rps";
    /** ml: p99 of those batch-1 requests, closed model (ms). */
    public static final String ML_B1_P99_MS = "ml_b1_p99_ms";
    /** ml: closed-model predictions/s (requests/s x 64 rows) of POST /ml/predict with 64 rows. */
    public static final String ML_B64_PREDICTIONS_PER_S = "ml_b64_predictions_per_s";
    /** ml: p99 of those batch-64 requests, closed model (ms). */
    public static final String ML_B64_P99_MS = "ml_b64_p99_ms";
    /** ml: the app's CPU-seconds per 1,000 predictions at the fixed rate of batch-1 requests (s). */
    public static final String ML_CPU_S_PER_1K = "ml_cpu_s_per_1k";
    /** ml: mean resident memory of the app's process tree with the model loaded, under batch-1 load (MiB). */
    public static final String ML_RSS_MIB = "ml_rss_mib";
    /** ml: the model's load time at start-up as the app reports it in GET /ml/info ({@code load_ms}; ms). */
    public static final String ML_LOAD_MS = "ml_load_ms";
    /**
     * data, realistic tier (the default ranking): the per-request overhead a of the fit t(N) = a + b*N of the
     * service time over the swept row counts (ms).
     */
    public static final String DATA_REALISTIC_OVERHEAD_MS = "realistic_overhead_ms";
    /** data, realistic tier: the per-row cost b of that fit (ns/row); claim P3 is judged on it. */
    public static final String DATA_REALISTIC_ROW_NS = "realistic_row_ns";
    /** data, tuned tier (columnar, dictionary-encoded; ranked apart): the per-request overhead a (ms). */
    public static final String DATA_TUNED_OVERHEAD_MS = "tuned_overhead_ms";
    /** data, tuned tier: the per-row cost b (ns/row). */
    public static final String DATA_TUNED_ROW_NS = "tuned_row_ns";
    /** data: median service time at one tier and size, named {@code service_ms@<tier>-<rows>} (ms). */
    public static final String DATA_SERVICE_MS = "service_ms";
    /** ml, composed stacks: p50 of the composed stack minus its service's alone, at the fixed-rate step (ms). */
    public static final String ML_HOP_P50_MS = "ml_hop_p50_ms";
    /** ml, composed stacks: p99 of the composed stack minus its service's alone, at the fixed-rate step (ms). */
    public static final String ML_HOP_P99_MS = "ml_hop_p99_ms";

    /**
     * A composed stack's parts at the ml fixed-rate step: CPU-seconds per 1,000 predictions and mean RSS of its
     * front and of its service, apart (their sums are ml_cpu_s_per_1k and ml_rss_mib's step).
     */
    public static final String ML_FRONT_CPU_S_PER_1K = "ml_front_cpu_s_per_1k";

    public static final String ML_SERVICE_CPU_S_PER_1K = "ml_service_cpu_s_per_1k";
    public static final String ML_FRONT_RSS_MIB = "ml_front_rss_mib";
    public static final String ML_SERVICE_RSS_MIB = "ml_service_rss_mib";

    /** What a step measured of a composed stack's service alone (a measurement's raw values, not metrics). */
    public static final String SERVICE_CPU_SHARE = "service_cpu_share";

    public static final String SERVICE_RSS_MIB = "service_rss_mib";

    /**
     * A composed stack whose service hangs (stall) or is killed (down), per fault: the share of forwarded calls
     * that got no 2xx answer, the front's p99 on them, the p99 of the front's own /json meanwhile, and how long
     * the front took to answer a forwarded call again once its service was back.
     */
    public static final String ML_STALL_FAILED_SHARE = "ml_stall_failed_share";

    public static final String ML_STALL_P99_MS = "ml_stall_p99_ms";
    public static final String ML_STALL_JSON_P99_MS = "ml_stall_json_p99_ms";
    public static final String ML_STALL_RECOVERY_MS = "ml_stall_recovery_ms";
    public static final String ML_DOWN_FAILED_SHARE = "ml_down_failed_share";
    public static final String ML_DOWN_P99_MS = "ml_down_p99_ms";
    public static final String ML_DOWN_JSON_P99_MS = "ml_down_json_p99_ms";
    public static final String ML_DOWN_RECOVERY_MS = "ml_down_recovery_ms";

    /** A fault step's raw value: milliseconds from the service's return to the front's first 2xx through it. */
    public static final String FAULT_RECOVERY_MS = "recovery_ms";
    /** startup: launch to first 200 on /health (ms). */
    public static final String READY_MS = "ready_ms";
    /** startup: resident memory of the app's process tree when idle after start (MiB). */
    public static final String IDLE_RSS_MIB = "idle_rss_mib";
    /** Peak resident memory of the app's process tree during the workload (MiB). */
    public static final String PEAK_RSS_MIB = "peak_rss_mib";
    /** The app's CPU use during the workload, as a share of its CPU set (0..1). */
    public static final String CPU_SHARE = "cpu_share";

    private MetricNames() {}
}
