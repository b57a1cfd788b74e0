package dev.bakeoff.run;

import dev.bakeoff.lab.AppProcess;
import dev.bakeoff.lab.ResourceSampler;
import dev.bakeoff.loadgen.IntervalStats;
import dev.bakeoff.loadgen.LoadGenerator;
import dev.bakeoff.loadgen.Progress;
import dev.bakeoff.loadgen.WsLoad;
import dev.bakeoff.loadgen.WsResult;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.MetricNames;
import dev.bakeoff.plan.Preset;
import dev.bakeoff.plan.StepSpec;
import dev.bakeoff.stats.Histograms;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the ws steps: broadcast fan-out latency, and the app's memory per idle connection. */
final class WsStepRunner {
    private WsStepRunner() {}

    static Measurement run(
            StepRunner runner, AppProcess app, String stack, StepSpec.Ws spec, int round, Progress progress) {
        Preset p = runner.preset();
        WsLoad base = WsLoad.broadcast(URI.create(app.baseUrl().replace("http://", "ws://") + "/ws"));
        WsLoad load = new WsLoad(
                base.target(),
                spec.connections(),
                spec.publishers(),
                spec.rate(),
                dev.bakeoff.loadgen.Defaults.WS_PAYLOAD_BYTES,
                StepRunner.seconds(p.warmupSeconds),
                StepRunner.seconds(p.measureSeconds),
                spec.idle(),
                false,
                base.eventLoopThreads());
        double baselineRss = ResourceSampler.rssMib(app.pid());
        ResourceSampler sampler = ResourceSampler.start(app.pid());
        WsResult r;
        WsMemory.Slope slope = null;
        try {
            if (spec.idle()) {
                slope = WsMemory.measure(load, app.pid());
                r = slope.first();
            } else {
                r = LoadGenerator.run(load, progress);
            }
        } finally {
            sampler.close();
        }
        ResourceSampler.Usage usage = sampler.stop();
        Map<String, Double> values = new HashMap<>();
        StringBuilder note = new StringBuilder();
        boolean flagged = r.saturated();
        if (r.saturated()) {
            note.append("load generator saturated: ")
                    .append(r.saturationReason())
                    .append(". ");
        }
        long opened = slope != null ? slope.openedFirst() + slope.openedAdded() : r.connectionsOpened();
        if (opened < spec.connections()) {
            flagged = true;
            note.append(opened).append(" of ").append(spec.connections()).append(" connections opened. ");
        }
        if (slope != null) {
            double kib = slope.kibPerConnection();
            if (!slope.bothHeld()) {
                flagged = true;
                note.append("the first ")
                        .append(slope.openedFirst())
                        .append(" connections closed before the second reading: no slope. ");
            } else if (Double.isNaN(kib) || kib < 0) {
                flagged = true;
                note.append(String.format(
                        "RSS did not grow with connections (%.1f MiB at %d, %.1f MiB at %d): no slope. ",
                        slope.firstRssMib(), slope.openedFirst(), slope.secondRssMib(), opened));
            } else {
                values.put(MetricNames.WS_KIB_PER_CONNECTION, kib);
            }
            values.put("baseline_rss_mib", baselineRss);
            values.put("rss_first_mib", slope.firstRssMib());
            values.put("rss_second_mib", slope.secondRssMib());
            values.put("connections_first", (double) slope.openedFirst());
            values.put("connections_added", (double) slope.openedAdded());
        } else {
            var d = r.deliveries();
            values.put("published", (double) d.published());
            values.put("delivered", (double) d.delivered());
            values.put("missing", (double) d.missing());
            values.put("duplicated", (double) d.duplicated());
            values.put("out_of_order", (double) d.outOfOrder());
            if (d.expected() > 0 && (double) d.missing() / d.expected() > RunDefaults.MAX_ERROR_RATE) {
                flagged = true;
                note.append(d.missing()).append(" of ").append(d.expected()).append(" deliveries missing. ");
            }
        }
        Map<String, Long> errors = new LinkedHashMap<>();
        errors.put("connect", r.connectErrors());
        errors.put("closed_early", r.closedEarly());
        List<IntervalStats> measured =
                r.timeline().stream().filter(s -> !s.warmup()).toList();
        double seconds = r.load().duration().toMillis() / 1000.0;
        return Measurement.of(stack, spec.workload(), spec.level(), round)
                .flagged(flagged)
                .note(note.toString().strip())
                .targetRate(spec.rate())
                .achievedRate(r.achievedPublishRatePerSecond())
                .completed(r.deliveries().delivered())
                .errors(r.connectErrors() + r.closedEarly(), errors)
                .corrected(Histograms.latency(r.correctedMicros()))
                .uncorrected(Histograms.latency(r.uncorrectedMicros()))
                .appCpuShare(usage.cpuShare(runner.appCores()))
                .appPeakRssMib(usage.peakRssMib())
                .appMeanRssMib(usage.meanRssMib())
                .loadgenCpuShare(seconds > 0 ? r.cpuSeconds() / seconds : 0)
                .rateSamples(measured.stream().map(IntervalStats::ratePerSecond).toList())
                .p99Samples(measured.stream().map(s -> (double) s.p99Micros()).toList())
                .values(values)
                .histograms(spec.idle() ? Map.of() : Map.of("corrected", Histograms.encode(r.correctedMicros())))
                .build();
    }
}
