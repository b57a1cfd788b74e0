package dev.bakeoff.stats;

import dev.bakeoff.model.Environment;
import dev.bakeoff.model.StoredRun;
import dev.bakeoff.model.Workload;
import dev.bakeoff.stats.Observations.Observation;
import dev.bakeoff.stats.Summarizer.Figure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How far a figure moves between fresh processes of one stack on one machine: what a one-round interval,
 * made inside one process, cannot see (a JIT that compiled differently, a tail that landed elsewhere, a
 * neighbour on a shared host). Measured per workload and metric from this machine's one-round runs of the
 * same preset: each stack measured in two or more of them gives the variance of its log values, pooled over
 * stacks. Until this machine has enough such runs, the spread that {@code bench/process-spread} measured on
 * the development machine stands in, and every interval that uses it says so.
 *
 * @param source where the spread comes from, in words a metric's note can carry
 * @param runs the runs it was measured in (empty for the development machine's or none)
 */
public record ProcessSpread(String source, List<String> runs, Map<String, Spread> byMetric) {
    /** The newest runs of a preset on a machine that are pooled: recent enough to be today's machine. */
    public static final int RECENT_RUNS = 10;
    /** Below this many pooled degrees of freedom a measured spread is too uncertain to stand for the machine. */
    static final int MIN_DF = 3;

    static final String PRIOR = "/stats/process-spread.tsv";

    /**
     * One metric's spread between processes.
     *
     * @param logSd standard deviation of the natural log of one process's value
     * @param df degrees of freedom behind it (processes minus one, summed over stacks)
     * @param source where it was measured, as {@link ProcessSpread#source}
     * @param measuredHere false when it is the development machine's
     */
    public record Spread(double logSd, int df, String source, boolean measuredHere) {
        /** Half-width, on the log scale, of a 95% interval around one process's value. */
        double halfWidth() {
            return Statistics.tQuantile975(df) * logSd;
        }
    }

    public ProcessSpread {
        runs = List.copyOf(runs);
        byMetric = Map.copyOf(byMetric);
    }

    /** No spread: intervals stay within one process (runs of several rounds have their own spread). */
    public static ProcessSpread none() {
        return new ProcessSpread("", List.of(), Map.of());
    }

    Optional<Spread> of(Workload workload, String name) {
        return Optional.ofNullable(byMetric.get(key(workload.id(), name)));
    }

    /** Whether the spread was measured on this machine rather than taken from the development machine. */
    public boolean measuredHere() {
        return !runs.isEmpty();
    }

    /**
     * The spread for the intervals of {@code run}: none if it has several rounds (they measure their own);
     * else measured from it and the newest of {@code stored} that are one-round runs of its preset on the
     * same machine (same CPU model, cores and core split) started before it; else the development machine's.
     */
    public static ProcessSpread forRun(StoredRun run, List<StoredRun> stored) {
        if (run.plan().rounds() > 1) {
            return none();
        }
        List<StoredRun> pooled = new ArrayList<>();
        pooled.add(run);
        stored.stream()
                .filter(r -> r.plan().rounds() == 1
                        && r.plan().preset().equals(run.plan().preset())
                        && sameMachine(r.environment(), run.environment())
                        && r.info().started().isBefore(run.info().started()))
                .sorted(Comparator.comparing((StoredRun r) -> r.info().started())
                        .reversed())
                .limit(RECENT_RUNS - 1)
                .forEach(pooled::add);
        ProcessSpread measured = measure(pooled);
        ProcessSpread prior = prior(run.plan().preset());
        if (measured.byMetric.isEmpty()) {
            return prior;
        }
        // A metric too few stacks had twice (a hop of one hybrid) keeps the development machine's spread.
        Map<String, Spread> merged = new HashMap<>(prior.byMetric);
        merged.putAll(measured.byMetric);
        return new ProcessSpread(measured.source, measured.runs, merged);
    }

    static boolean sameMachine(Environment a, Environment b) {
        return a.cpuModel().equals(b.cpuModel())
                && a.cores() == b.cores()
                && a.appCores() == b.appCores()
                && a.loadCores() == b.loadCores();
    }

    /** Pooled log variance over stacks of the unflagged, positive values each stack got in these runs. */
    static ProcessSpread measure(List<StoredRun> runs) {
        Map<String, Map<String, List<Double>>> byMetricThenStack = new TreeMap<>();
        for (StoredRun r : runs) {
            for (Figure f : Summarizer.figures(r)) {
                Observation o = f.rounds().get(0);
                if (!o.flagged() && o.value() > 0 && Double.isFinite(o.value())) {
                    byMetricThenStack
                            .computeIfAbsent(key(f.workload().id(), f.name()), k -> new TreeMap<>())
                            .computeIfAbsent(f.stack(), k -> new ArrayList<>())
                            .add(Math.log(o.value()));
                }
            }
        }
        List<String> ids = runs.stream().map(r -> r.info().runId()).toList();
        String source = "measured on this machine in " + ids.size() + " "
                + runs.get(0).plan().preset() + " runs (" + String.join(", ", ids) + ")";
        Map<String, Spread> spreads = new HashMap<>();
        byMetricThenStack.forEach(
                (metric, byStack) -> pooled(byStack.values(), source).ifPresent(spread -> spreads.put(metric, spread)));
        return new ProcessSpread(source, ids, spreads);
    }

    /**
     * The pooled spread of several stacks' log values, each list one stack's values in separate processes:
     * the sum of squares about each stack's own mean over the summed degrees of freedom; empty below
     * {@link #MIN_DF}.
     */
    static Optional<Spread> pooled(Collection<List<Double>> logsByStack, String source) {
        double ss = 0;
        int df = 0;
        for (List<Double> logs : logsByStack) {
            double mean =
                    logs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            ss += logs.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            df += logs.size() - 1;
        }
        return df < MIN_DF ? Optional.empty() : Optional.of(new Spread(Math.sqrt(ss / df), df, source, true));
    }

    /**
     * The development machine's spread for {@code preset}, as bench/process-spread wrote it: a comment line
     * saying where it was measured, then preset, workload, metric, log sd and df per line.
     */
    static ProcessSpread prior(String preset) {
        try (InputStream in = ProcessSpread.class.getResourceAsStream(PRIOR)) {
            if (in == null) {
                return none();
            }
            String where = "";
            Map<String, String[]> rows = new HashMap<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("# measured ")) {
                    where = line.substring(2);
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    if (f[0].equals(preset)) {
                        rows.put(key(f[1], f[2]), f);
                    }
                }
            }
            String source = "not yet measured on this machine (it takes two " + preset
                    + " runs): the development machine's, " + where;
            Map<String, Spread> spreads = new HashMap<>();
            rows.forEach((k, f) ->
                    spreads.put(k, new Spread(Double.parseDouble(f[3]), Integer.parseInt(f[4]), source, false)));
            return spreads.isEmpty() ? none() : new ProcessSpread(source, List.of(), spreads);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + PRIOR, e);
        }
    }

    /** One metric's spread, for printing. */
    public record Row(String workload, String metric, Spread spread) {}

    /** The spread's rows in workload and metric order. */
    public List<Row> rows() {
        return new TreeMap<>(byMetric)
                .entrySet().stream()
                        .map(e -> {
                            String[] wm = e.getKey().split("/", 2);
                            return new Row(wm[0], wm[1], e.getValue());
                        })
                        .toList();
    }

    private static String key(String workload, String name) {
        return workload + "/" + name;
    }
}
