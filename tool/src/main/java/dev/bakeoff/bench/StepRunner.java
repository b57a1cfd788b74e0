package dev.bakeoff.bench;

import dev.bakeoff.lab.AppProcess;
import dev.bakeoff.lab.ResourceSampler;
import dev.bakeoff.loadgen.ClassResult;
import dev.bakeoff.loadgen.HttpLoad;
import dev.bakeoff.loadgen.HttpResult;
import dev.bakeoff.loadgen.IntervalStats;
import dev.bakeoff.loadgen.LoadGenerator;
import dev.bakeoff.loadgen.LoadShape;
import dev.bakeoff.loadgen.Progress;
import dev.bakeoff.loadgen.RequestClass;
import dev.bakeoff.model.Measurement;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs one HTTP step definition against a running app and turns what it measured into a {@link Measurement}. */
final class StepRunner {
    private final Preset preset;
    private final int appCores;

    StepRunner(Preset preset, int appCores) {
        this.preset = preset;
        this.appCores = appCores;
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
            double warmupSeconds,
            double measureSeconds,
            Progress progress) {
        HttpLoad load = HttpLoad.open(URI.create(app.baseUrl() + "/"), 1)
                .withMix(mix.stream()
                        .map(r -> new RequestClass(r.name(), "GET", r.path(), Map.of(), "", r.weight()))
                        .toList())
                .withConnections(connections, 1)
                .withPhases(seconds(warmupSeconds), seconds(measureSeconds));
        load = new HttpLoad(
                load.target(),
                shape,
                load.connections(),
                load.pipelineDepth(),
                load.warmup(),
                load.duration(),
                StepRunner.seconds(Defaults.REQUEST_TIMEOUT_SECONDS),
                load.mix(),
                false,
                load.eventLoopThreads());
        ResourceSampler sampler = ResourceSampler.start(app.pid());
        ClassSeconds perSecond = new ClassSeconds(progress);
        HttpResult result;
        try {
            result = LoadGenerator.run(load, perSecond);
        } finally {
            sampler.close();
        }
        ResourceSampler.Usage usage = sampler.stop();
        double target = shape instanceof LoadShape.OpenModel open ? open.ratePerSecond() : 0;
        Measurement m = toMeasurement(stack, spec, round, target, result, usage);
        Map<String, Double> values = new java.util.HashMap<>(m.values());
        values.putAll(perSecond.values());
        return m.with(m.note(), values);
    }

    /**
     * Unmeasured closed-model traffic to every HTTP endpoint of the contract, in one-second slices, until
     * throughput settles (two slices within {@link Defaults#WARMUP_SETTLED} of each other, JMH-style) or the
     * preset's limit: a JIT-compiled runtime gets the time it needs, an interpreter is not kept waiting.
     * Returns the seconds it took.
     */
    double warmUp(AppProcess app, Progress progress) {
        List<RequestClass> mix = java.util.Arrays.stream(Defaults.WARMUP_PATHS)
                .map(path -> new RequestClass(path.substring(1).replaceAll("[^a-z]", ""), "GET", path, Map.of(), "", 1))
                .toList();
        HttpLoad slice = HttpLoad.closed(URI.create(app.baseUrl() + "/"), Defaults.OPEN_CONNECTIONS)
                .withMix(mix)
                .withPhases(Duration.ZERO, Duration.ofSeconds(1));
        double previous = 0;
        int seconds = 0;
        while (seconds < preset.appWarmupSeconds() && app.isAlive()) {
            double rate = LoadGenerator.run(slice, progress).achievedRatePerSecond();
            seconds++;
            if (seconds >= 2 && previous > 0 && Math.abs(rate - previous) / previous < Defaults.WARMUP_SETTLED) {
                break;
            }
            previous = rate;
        }
        return seconds;
    }

    Measurement toMeasurement(
            String stack, StepSpec spec, int round, double target, HttpResult r, ResourceSampler.Usage usage) {
        long errors = r.errors().total();
        double errorRate = r.completed() + errors == 0 ? 1 : (double) errors / (r.completed() + errors);
        StringBuilder note = new StringBuilder();
        boolean flagged = false;
        if (r.saturated()) {
            flagged = true;
            note.append("load generator saturated: ")
                    .append(r.saturationReason())
                    .append(". ");
        }
        if (errorRate > Defaults.MAX_ERROR_RATE) {
            flagged = true;
            note.append(String.format(
                    "error rate %.1f%% over the %.0f%% bound. ", errorRate * 100, Defaults.MAX_ERROR_RATE * 100));
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
        Map<String, Double> values = new HashMap<>();
        for (ClassResult c : r.classes()) {
            if (r.classes().size() > 1) {
                histograms.put("corrected:" + c.name(), Histograms.encode(c.correctedMicros()));
                values.put("p99_us:" + c.name(), (double)
                        Histograms.latency(c.correctedMicros()).p99());
            }
        }
        List<IntervalStats> measured =
                r.timeline().stream().filter(s -> !s.warmup()).toList();
        return new Measurement(
                stack,
                spec.workload(),
                spec.level(),
                round,
                true,
                flagged,
                note.toString().strip(),
                target,
                r.achievedRatePerSecond(),
                r.completed(),
                errors,
                errorsByClass,
                Histograms.latency(r.correctedMicros()),
                Histograms.latency(r.uncorrectedMicros()),
                usage.cpuShare(appCores),
                usage.peakRssMib(),
                usage.meanRssMib(),
                r.measuredSeconds() > 0 ? r.cpuSeconds() / r.measuredSeconds() : 0,
                measured.stream().map(IntervalStats::ratePerSecond).toList(),
                measured.stream().map(s -> (double) s.p99Micros()).toList(),
                values,
                histograms);
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
