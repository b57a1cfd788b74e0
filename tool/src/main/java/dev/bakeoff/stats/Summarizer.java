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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * From a stored run's trials to {@link RunMetrics}: per stack, workload and metric, the median over
 * rounds with a 95% t interval on log values ({@link Statistics#betweenRounds}). With one round, the
 * interval from inside that one process (per-second samples, a percentile's order statistics, the capacity
 * search's bracket) says nothing of how a fresh process would differ, so it is widened to the machine's
 * spread between processes ({@link ProcessSpread}) where that is known, and the metric's note says which
 * it is. A single number with nothing to say how it varies gets no interval, and says so.
 */
public final class Summarizer {
    private Summarizer() {}

    /** One figure of a run: a stack's metric on one workload, one observation per round. */
    record Figure(String stack, Workload workload, String name, List<Observation> rounds) {}

    /** {@link #summarize(StoredRun, ProcessSpread)} with no spread between processes known. */
    public static RunMetrics summarize(StoredRun run) {
        return summarize(run, ProcessSpread.none());
    }

    /**
     * The run's metrics; a one-round figure's interval is at least as wide as {@code spread} says fresh
     * processes differ on this machine.
     */
    public static RunMetrics summarize(StoredRun run, ProcessSpread spread) {
        List<Metric> metrics = new ArrayList<>();
        var grouped = grouped(run);
        Map<String, Map<Workload, List<Figure>>> figures = new LinkedHashMap<>();
        for (Figure f : figures(run, grouped)) {
            figures.computeIfAbsent(f.stack(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.workload(), k -> new ArrayList<>())
                    .add(f);
        }
        grouped.forEach((stack, byWorkload) -> byWorkload.forEach((workload, byRound) -> {
            figures.getOrDefault(stack, Map.of())
                    .getOrDefault(workload, List.of())
                    .forEach(f ->
                            metrics.add(metric(stack, workload, f.name(), f.rounds(), spread.of(workload, f.name()))));
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

    /** Every figure of the run, per stack and workload in the order they were measured. */
    static List<Figure> figures(StoredRun run) {
        return figures(run, grouped(run));
    }

    /** The run's measurements by stack, workload, round and level. */
    private static Map<String, Map<Workload, Map<Integer, Map<String, Measurement>>>> grouped(StoredRun run) {
        Map<String, Map<Workload, Map<Integer, Map<String, Measurement>>>> grouped = new LinkedHashMap<>();
        for (Measurement m : run.measurements()) {
            grouped.computeIfAbsent(m.stack(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(m.workload(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(m.round(), k -> new LinkedHashMap<>())
                    .put(m.level(), m);
        }
        return grouped;
    }

    private static List<Figure> figures(
            StoredRun run, Map<String, Map<Workload, Map<Integer, Map<String, Measurement>>>> grouped) {
        int appCores = run.plan().cpus().appCpus().size();
        Map<String, String> composed = new LinkedHashMap<>();
        run.plan().compositions().forEach(c -> composed.put(c.stack(), c.service()));
        List<Figure> out = new ArrayList<>();
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
            byName.forEach((name, obs) -> out.add(new Figure(stack, workload, name, obs)));
        }));
        return out;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    private static Metric metric(
            String stack,
            Workload workload,
            String name,
            List<Observation> all,
            Optional<ProcessSpread.Spread> spread) {
        List<Observation> usable = all.stream().filter(o -> !o.flagged()).toList();
        // A flagged round is no evidence, but it need not take the rounds that measured well with it: one
        // generator stall in one of standard's three rounds left a claim with no figure at all. The rest stand
        // when they are at least two and at least half the rounds, with the interval of their own number.
        boolean leaveOut = usable.size() < all.size() && usable.size() >= 2 && 2 * usable.size() >= all.size();
        List<Observation> obs = leaveOut ? usable : all;
        Observation first = obs.get(0);
        boolean flagged = obs.stream().anyMatch(Observation::flagged);
        String note = all.stream()
                .filter(Observation::flagged)
                .map(Observation::note)
                .filter(n -> !n.isBlank())
                .distinct()
                .collect(Collectors.joining("; "));
        if (leaveOut) {
            note = (all.size() - usable.size()) + " of " + all.size() + " rounds left out as flagged ("
                    + (note.isEmpty() ? "no reason given" : note) + ")";
        }
        Statistics.Estimate e;
        if (obs.size() > 1) {
            e = Statistics.betweenRounds(obs.stream().map(Observation::value).toList());
            note = join(note, "95% t interval on log values over " + obs.size() + " rounds");
        } else {
            double point = first.value();
            String within;
            if (first.hasInterval()) {
                e = new Statistics.Estimate(point, Math.min(point, first.low()), Math.max(point, first.high()), 1);
                within = "percentile order statistics or the capacity search's bracket";
            } else if (first.samples().size() > 1) {
                Statistics.Estimate s = Statistics.medianWithInterval(first.samples());
                e = new Statistics.Estimate(point, Math.min(point, s.low()), Math.max(point, s.high()), 1);
                within = first.samples().size() + " one-second samples";
            } else {
                e = new Statistics.Estimate(point, point, point, 1);
                within = "";
            }
            if (spread.isPresent() && point > 0 && Double.isFinite(point)) {
                // One process can't show how a fresh one would differ; the machine's spread between
                // processes can. The wider of the two stands.
                double half = spread.get().halfWidth();
                e = new Statistics.Estimate(
                        point,
                        Math.min(e.low(), point * Math.exp(-half)),
                        Math.max(e.high(), point * Math.exp(half)),
                        1);
                note = join(
                        note,
                        String.format(
                                Locale.ROOT,
                                "one round: interval at least the spread between fresh processes (sd %.0f%% on log"
                                        + " values, %d df), %s",
                                100 * spread.get().logSd(),
                                spread.get().df(),
                                spread.get().source()));
            } else if (!within.isEmpty()) {
                note = join(note, "one round: interval within one process (" + within + "), not between processes");
            } else {
                // One number and nothing measured how it varies: no interval rather than one from elsewhere.
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
