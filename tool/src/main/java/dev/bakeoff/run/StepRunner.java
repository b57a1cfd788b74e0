package dev.bakeoff.run;

import dev.bakeoff.lab.AppProcess;
import dev.bakeoff.lab.JitActivity;
import dev.bakeoff.lab.ResourceSampler;
import dev.bakeoff.loadgen.ClassResult;
import dev.bakeoff.loadgen.HttpLoad;
import dev.bakeoff.loadgen.HttpResult;
import dev.bakeoff.loadgen.IntervalStats;
import dev.bakeoff.loadgen.LoadGenerator;
import dev.bakeoff.loadgen.LoadShape;
import dev.bakeoff.loadgen.Progress;
import dev.bakeoff.loadgen.RequestClass;
import dev.bakeoff.loadgen.SteadyState;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.plan.Defaults;
import dev.bakeoff.plan.Preset;
import dev.bakeoff.plan.StepSpec;
import dev.bakeoff.stats.Histograms;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs one HTTP step definition against a running app and turns what it measured into a {@link Measurement}. */
final class StepRunner {
    private static final SteadyState LOADGEN_STEADY = dev.bakeoff.loadgen.Defaults.STEADY_STATE;
    /** Value set to 1 in a measurement whose load generator saturated: the figure says nothing of the app. */
    static final String GENERATOR_SATURATED = "loadgen_saturated";
    /** Value set to 1 in a closed-model measurement whose throughput was still rising: not evidence. */
    static final String STILL_WARMING = "still_warming";

    private static final SteadyState FIXED = SteadyState.FIXED;

    private final Preset preset;
    private final int appCores;
    /** The lab's PostgreSQL (its postmaster's pid and cores), sampled during db steps; pid 0 when none runs. */
    private long databasePid;

    private int databaseCores;

    StepRunner(Preset preset, int appCores) {
        this.preset = preset;
        this.appCores = appCores;
    }

    /** The lab's delay service, whose timer lateness each io level reads; null in tests without one. */
    private dev.bakeoff.lab.DownstreamService downstream;

    void watchDownstream(dev.bakeoff.lab.DownstreamService service) {
        this.downstream = service;
    }

    /** How late the delay service's timers fired since the last call; none without a service. */
    dev.bakeoff.lab.DownstreamService.Lateness takeLateness() {
        return downstream == null ? null : downstream.takeLateness();
    }

    /** Samples the PostgreSQL server under {@code pid} (pinned to {@code cores} cores) during db steps too. */
    void sampleDatabase(long pid, int cores) {
        this.databasePid = pid;
        this.databaseCores = cores;
    }

    /** How a load warms up before it is measured. */
    enum Warmup {
        /** The preset's {@code warmupSeconds}: the app was warmed up on this endpoint already. */
        FIXED,
        /** A capacity probe follows a load of the same endpoint: half a second (at most) settles the queue. */
        PROBE
    }

    /** One open- or closed-model load of {@code spec}'s mix at {@code rate} (ignored for closed). */
    Measurement http(
            AppProcess app,
            String stack,
            StepSpec spec,
            int round,
            LoadShape shape,
            int connections,
            List<StepSpec.Request> mix,
            Warmup warmup,
            double measureSeconds,
            Progress progress) {
        return http(
                app,
                stack,
                spec,
                round,
                shape,
                connections,
                mix,
                warmupSeconds(warmup),
                measureSeconds,
                RunDefaults.REQUEST_TIMEOUT_SECONDS,
                progress);
    }

    /** As above with the warm-up and the request timeout given in seconds (a paced io level needs both longer). */
    Measurement http(
            AppProcess app,
            String stack,
            StepSpec spec,
            int round,
            LoadShape shape,
            int connections,
            List<StepSpec.Request> mix,
            double warmupSeconds,
            double measureSeconds,
            double timeoutSeconds,
            Progress progress) {
        HttpLoad load =
                load(app, shape, connections, mix, seconds(warmupSeconds), measureSeconds, FIXED, timeoutSeconds);
        ResourceSampler sampler = ResourceSampler.start(app.pids()); // a composed stack: both parts
        // ...and its service on its own, so that the front's share is the difference: what each part costs.
        ResourceSampler serviceSampler =
                app.service().map(s -> ResourceSampler.start(s.pids())).orElse(null);
        boolean db = spec.workload() == dev.bakeoff.model.Workload.DB && databasePid > 0;
        ResourceSampler dbSampler = db ? ResourceSampler.start(databasePid) : null;
        ClassSeconds perSecond = new ClassSeconds(progress);
        HttpResult result;
        try {
            result = LoadGenerator.run(load, perSecond);
        } finally {
            sampler.close();
            if (serviceSampler != null) {
                serviceSampler.close();
            }
            if (dbSampler != null) {
                dbSampler.close();
            }
        }
        ResourceSampler.Usage usage = sampler.stop();
        Map<String, Double> dbValues = new HashMap<>();
        if (dbSampler != null) {
            dbValues.putAll(DatabaseCpu.values(usage, dbSampler.stop(), appCores, databaseCores, result));
        }
        double target = shape instanceof LoadShape.OpenModel open ? open.ratePerSecond() : 0;
        Measurement m = toMeasurement(stack, spec, round, target, result, usage);
        Map<String, Double> values = new HashMap<>(m.values());
        values.putAll(perSecond.values());
        values.putAll(dbValues);
        if (serviceSampler != null) {
            ResourceSampler.Usage service = serviceSampler.stop();
            values.put(MetricNames.SERVICE_CPU_SHARE, service.cpuShare(appCores));
            values.put(MetricNames.SERVICE_RSS_MIB, service.meanRssMib());
        }
        if (spec.workload() == dev.bakeoff.model.Workload.ML && !(spec instanceof StepSpec.Fault)) {
            // A composed stack's model is its service's: the front's /ml/info holds none (node-fastify says 0 ms).
            values.putAll(MlInfo.values(app.service().orElse(app).baseUrl()));
        }
        values.put("warmup_s", result.warmupSeconds());
        if (shape instanceof LoadShape.ClosedModel) {
            // At a fixed rate the throughput is the rate: only a closed-model phase can show a runtime still warming.
            Trend.fit(result.measuredRates()).ifPresent(f -> values.put("trend_rise", f.rise()));
            Optional<String> warming = Trend.stillWarming(result.measuredRates());
            if (warming.isPresent()) {
                values.put(STILL_WARMING, 1.0);
                return m.asFlagged((m.note() + " " + warming.get() + ".").strip(), values);
            }
        }
        return m.with(m.note(), values);
    }

    /**
     * Unmeasured closed-model load of every endpoint in {@code mix} together, each on its own share of the
     * connections (so a slow endpoint does not hold up the others), for at least {@code floorSeconds} (the
     * runtime's minimum from its measured warm-up curve) and then until the throughput has held level twice
     * in a row and a JVM's compiler threads have gone quiet ({@link JitActivity}), at most the preset's longest
     * warm-up.
     */
    Warmed warmUp(AppProcess app, List<StepSpec.Request> mix, double floorSeconds, Progress progress) {
        double limit = Math.max(preset.warmupMaxSeconds, floorSeconds);
        JitActivity.QuietGate jit =
                JitActivity.quietOver(app.pids(), LOADGEN_STEADY.window(), RunDefaults.JIT_QUIET_CORE_SHARE);
        HttpLoad load = load(
                app,
                new LoadShape.ClosedModel(true),
                Defaults.MAX_CONNECTIONS,
                mix,
                seconds(limit),
                LOADGEN_STEADY.slice().toMillis() / 1000.0,
                LOADGEN_STEADY.withMinimum(seconds(floorSeconds)).withSettled(jit),
                RunDefaults.REQUEST_TIMEOUT_SECONDS);
        return new Warmed(LoadGenerator.run(load, progress).warmupSeconds(), jit.lastShare());
    }

    /**
     * How a warm-up went: its length, and the share of a core a JVM's JIT compilers used over its last window
     * (NaN for a runtime without them), which says whether a warm-up that ran its whole limit was still compiling.
     */
    record Warmed(double seconds, double jitShare) {}

    private HttpLoad load(
            AppProcess app,
            LoadShape shape,
            int connections,
            List<StepSpec.Request> mix,
            Duration warmup,
            double measureSeconds,
            SteadyState steady,
            double timeoutSeconds) {
        HttpLoad load = HttpLoad.open(URI.create(app.baseUrl() + "/"), 1)
                .withMix(mix.stream()
                        .map(r -> new RequestClass(
                                r.name(),
                                r.method(),
                                r.path(),
                                r.body().isEmpty() ? Map.of() : Map.of("Content-Type", "application/json"),
                                r.body(),
                                r.weight()))
                        .toList())
                .withConnections(connections, 1)
                .withPhases(warmup, seconds(measureSeconds));
        return new HttpLoad(
                load.target(),
                shape,
                load.connections(),
                load.pipelineDepth(),
                load.warmup(),
                load.duration(),
                seconds(timeoutSeconds),
                load.mix(),
                false,
                load.eventLoopThreads(),
                steady);
    }

    private double warmupSeconds(Warmup warmup) {
        return switch (warmup) {
            case FIXED -> preset.warmupSeconds;
            case PROBE -> preset.probeWarmupSeconds();
        };
    }

    /** A steady warm-up ends at a slice boundary before its limit; one that ran the whole limit was still rising. */
    boolean stillRising(double warmedSeconds, double floorSeconds) {
        return warmedSeconds
                >= Math.max(preset.warmupMaxSeconds, floorSeconds)
                        - LOADGEN_STEADY.slice().toMillis() / 2000.0;
    }

    Measurement toMeasurement(
            String stack, StepSpec spec, int round, double target, HttpResult r, ResourceSampler.Usage usage) {
        long errors = r.errors().total();
        double errorRate = r.completed() + errors == 0 ? 1 : (double) errors / (r.completed() + errors);
        StringBuilder note = new StringBuilder();
        boolean flagged = false;
        Map<String, Double> values = new HashMap<>();
        if (r.saturated()) {
            flagged = true;
            values.put(GENERATOR_SATURATED, 1.0);
            note.append("load generator saturated: ")
                    .append(r.saturationReason())
                    .append(". ");
        }
        // A service fault's errors are its figure (FaultStep): there they say how the front fails, not that it did.
        if (errorRate > RunDefaults.MAX_ERROR_RATE && !(spec instanceof StepSpec.Fault)) {
            flagged = true;
            note.append(String.format(
                    "error rate %.1f%% over the %.0f%% bound. ", errorRate * 100, RunDefaults.MAX_ERROR_RATE * 100));
        }
        Map<String, Long> errorsByClass = new LinkedHashMap<>();
        errorsByClass.put("connect", r.errors().connect());
        errorsByClass.put("timeout", r.errors().timeout());
        errorsByClass.put("reset", r.errors().reset());
        errorsByClass.put("non2xx", r.errors().non2xx());
        errorsByClass.put("protocol", r.errors().protocol());
        Map<String, String> histograms = new HashMap<>();
        histograms.put("corrected", Histograms.encode(r.correctedMicros()));
        histograms.put("uncorrected", Histograms.encode(r.uncorrectedMicros()));
        for (ClassResult c : r.classes()) {
            if (r.classes().size() > 1) {
                histograms.put("corrected:" + c.name(), Histograms.encode(c.correctedMicros()));
                values.put("p99_us:" + c.name(), (double)
                        Histograms.latency(c.correctedMicros()).p99());
                values.put("answered:" + c.name(), (double) c.completed());
                values.put("planned:" + c.name(), c.planned());
                values.put("non2xx:" + c.name(), (double) c.non2xx());
                // The requests that met another class (a cheap one beside a CPU job): kept even when few.
                values.put(
                        "beside:" + c.name(), (double) c.besideCorrectedMicros().getTotalCount());
                if (c.besideCorrectedMicros().getTotalCount() > 0) {
                    histograms.put("beside:" + c.name(), Histograms.encode(c.besideCorrectedMicros()));
                }
            }
        }
        var mixProblem = MixCheck.problem(r.classes());
        if (mixProblem.isPresent()) {
            flagged = true;
            note.append(mixProblem.get()).append(". ");
        }
        List<IntervalStats> measured =
                r.timeline().stream().filter(s -> !s.warmup()).toList();
        return Measurement.of(stack, spec.workload(), spec.level(), round)
                .flagged(flagged)
                .note(note.toString().strip())
                .targetRate(target)
                .achievedRate(r.achievedRatePerSecond())
                .completed(r.completed())
                .errors(errors, errorsByClass)
                .corrected(Histograms.latency(r.correctedMicros()))
                .uncorrected(Histograms.latency(r.uncorrectedMicros()))
                .appCpuShare(usage.cpuShare(appCores))
                .appPeakRssMib(usage.peakRssMib())
                .appMeanRssMib(usage.meanRssMib())
                .loadgenCpuShare(r.measuredSeconds() > 0 ? r.cpuSeconds() / r.measuredSeconds() : 0)
                .rateSamples(measured.stream().map(IntervalStats::ratePerSecond).toList())
                .p99Samples(measured.stream().map(s -> (double) s.p99Micros()).toList())
                .values(values)
                .histograms(histograms)
                .build();
    }

    Preset preset() {
        return preset;
    }

    int appCores() {
        return appCores;
    }

    static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
