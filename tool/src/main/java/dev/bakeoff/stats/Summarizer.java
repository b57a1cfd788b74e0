package dev.bakeoff.stats;

import dev.bakeoff.model.Measurement;
import dev.bakeoff.model.Metric;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workload;
import dev.bakeoff.stats.Observations.Observation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * From a stored run's trials to {@link RunMetrics}: per stack, workload and metric, the median over
 * rounds with a 95% t interval on log values ({@link Statistics#betweenRounds}). With one round, the
 * interval comes from inside that one process (per-second samples, a percentile's order statistics, the
 * capacity search's bracket), and the metric's note says so: it says nothing of how a fresh process
 * would differ. A single number with nothing to say how it varies gets no interval, and says so.
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
        Map<String, String> composed = new LinkedHashMap<>();
        run.plan().compositions().forEach(c -> composed.put(c.stack(), c.service()));
        grouped.forEach((stack, byWorkload) -> byWorkload.forEach((workload, byRound) -> {
            Map<String, List<Observation>> byName = new LinkedHashMap<>();
            byRound.values()
                    .forEach(levels -> Observations.of(workload, levels, appCores)
                            .forEach(o -> byName.computeIfAbsent(o.name(), k -> new ArrayList<>())
                                    .add(o)));
            String service = composed.get(stack);
            if (service != null && workload == Workload.ML) {
                HopMetrics.of(
                                byRound,
                                grouped.getOrDefault(service, Map.of()).getOrDefault(Workload.ML, Map.of()),
                                service)
                        .forEach(o -> byName.computeIfAbsent(o.name(), k -> new ArrayList<>())
                                .add(o));
            }
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
            e = Statistics.betweenRounds(obs.stream().map(Observation::value).toList());
            note = join(note, "95% t interval on log values over " + obs.size() + " rounds");
        } else {
            double point = first.value();
            if (first.hasInterval()) {
                e = new Statistics.Estimate(point, Math.min(point, first.low()), Math.max(point, first.high()), 1);
                note = join(
                        note,
                        "one round: interval within one process (percentile order statistics or the capacity"
                                + " search's bracket), not between processes");
            } else if (first.samples().size() > 1) {
                Statistics.Estimate s = Statistics.medianWithInterval(first.samples());
                e = new Statistics.Estimate(point, Math.min(point, s.low()), Math.max(point, s.high()), 1);
                note = join(
                        note,
                        "one round: interval within one process, from "
                                + first.samples().size() + " one-second samples, not between processes");
            } else {
                // One number and nothing measured how it varies: no interval rather than one from elsewhere.
                e = new Statistics.Estimate(point, point, point, 1);
                note = join(note, "one value: no interval (run more rounds to get one)");
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
