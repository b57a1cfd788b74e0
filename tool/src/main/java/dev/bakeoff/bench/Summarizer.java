package dev.bakeoff.bench;

import dev.bakeoff.bench.Observations.Observation;
import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.Metric;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * From a stored run's trials to {@link RunMetrics}: per stack, workload and metric, the median over
 * rounds with a bootstrap 95% interval. With one round, the interval comes from the per-second
 * samples inside that trial, and the metric's note says so (it is narrower than a between-process one).
 */
public final class Summarizer {
    private Summarizer() {}

    public static RunMetrics summarize(StoredRun run) {
        int appCores = run.plan().cpus().appCpus().size();
        Map<String, Map<Workload, Map<Integer, Map<String, Measurement>>>> grouped = new LinkedHashMap<>();
        for (Measurement m : run.measurements()) {
            grouped.computeIfAbsent(m.stack(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(m.workload(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(m.round(), k -> new LinkedHashMap<>())
                    .put(m.level(), m);
        }
        List<Metric> metrics = new ArrayList<>();
        grouped.forEach((stack, byWorkload) -> byWorkload.forEach((workload, byRound) -> {
            Map<String, List<Observation>> byName = new LinkedHashMap<>();
            byRound.values()
                    .forEach(levels -> Observations.of(workload, levels, appCores)
                            .forEach(o -> byName.computeIfAbsent(o.name(), k -> new ArrayList<>())
                                    .add(o)));
            byName.forEach((name, obs) -> metrics.add(metric(stack, workload, name, obs)));
            byRound.values().stream()
                    .flatMap(l -> l.values().stream())
                    .filter(m -> !m.ok())
                    .findFirst()
                    .ifPresent(failed -> metrics.add(new Metric(
                            stack,
                            workload,
                            "failed",
                            1,
                            1,
                            1,
                            "cells",
                            false,
                            byRound.size(),
                            true,
                            failed.note().lines().findFirst().orElse(""))));
        }));
        return new RunMetrics(
                run.info().runId(),
                run.info().started(),
                run.environment().withVersions(),
                run.plan().preset(),
                metrics);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    private static Metric metric(String stack, Workload workload, String name, List<Observation> obs) {
        Observation first = obs.get(0);
        boolean flagged = obs.stream().anyMatch(Observation::flagged);
        String note = obs.stream()
                .filter(Observation::flagged)
                .map(Observation::note)
                .filter(n -> !n.isBlank())
                .distinct()
                .collect(Collectors.joining("; "));
        Statistics.Estimate e;
        if (obs.size() > 1) {
            e = Statistics.medianWithInterval(
                    obs.stream().map(Observation::value).toList());
        } else {
            double point = first.value();
            if (first.hasInterval()) {
                e = new Statistics.Estimate(point, Math.min(point, first.low()), Math.max(point, first.high()), 1);
                note = join(
                        note,
                        "one round: interval within the trial (percentile order statistics or the"
                                + " capacity search's bracket)");
            } else if (first.samples().size() > 1) {
                Statistics.Estimate s = Statistics.medianWithInterval(first.samples());
                e = new Statistics.Estimate(point, Math.min(point, s.low()), Math.max(point, s.high()), 1);
                note = join(note, "one round: interval from " + first.samples().size() + " one-second samples");
            } else {
                // One number and nothing to say how it varies: use the run-to-run spread seen on this machine.
                double spread = Defaults.SINGLE_SAMPLE_SPREAD * Math.abs(point);
                e = new Statistics.Estimate(point, point - spread, point + spread, 1);
                note = join(
                        note,
                        String.format(
                                "one sample: +/-%.0f%%, the run-to-run spread measured on this machine",
                                Defaults.SINGLE_SAMPLE_SPREAD * 100));
            }
        }
        return new Metric(
                stack,
                workload,
                name,
                e.median(),
                e.low(),
                e.high(),
                first.unit(),
                first.higherIsBetter(),
                obs.size(),
                flagged,
                note);
    }
}
