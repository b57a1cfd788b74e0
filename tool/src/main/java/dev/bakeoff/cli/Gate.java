package dev.bakeoff.cli;

import dev.bakeoff.flow.CompareService;
import dev.bakeoff.model.BadInputException;
import dev.bakeoff.yaml.Spelling;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CI gate of {@code bakeoff compare}: which changes fail the job. Only a change beyond both 95%
 * intervals counts (noise never fails a build); a threshold then tolerates a regression up to its
 * size, e.g. {@code p99_ms<+10%} lets p99 rise by up to 10% and {@code max_rps>-5%} lets throughput
 * fall by up to 5%.
 */
final class Gate {
    /** One --threshold: the metric, and how far its median may move in the bad direction. */
    record Threshold(String metric, boolean upperBound, double tolerance) {}

    private static final Pattern SYNTAX = Pattern.compile("([A-Za-z0-9_]+)\\s*([<>])\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*%");

    private final boolean anyRegression;
    private final Map<String, Threshold> thresholds;

    Gate(boolean anyRegression, Map<String, Threshold> thresholds) {
        this.anyRegression = anyRegression;
        this.thresholds = Map.copyOf(thresholds);
    }

    boolean active() {
        return anyRegression || !thresholds.isEmpty();
    }

    /** Parses {@code NAME<+N%} or {@code NAME>-N%}; {@code known} are the metric names of the two runs. */
    static Threshold parse(String text, Collection<String> known) {
        Matcher m = SYNTAX.matcher(text.strip());
        if (!m.matches()) {
            throw new BadInputException(
                    "--threshold '" + text + "'",
                    "not METRIC<+N% or METRIC>-N%",
                    "e.g. --threshold 'p99_ms<+10%' (p99 may rise by up to 10%) or 'max_rps>-5%'");
        }
        String metric = m.group(1).toLowerCase(Locale.ROOT);
        if (!known.contains(metric)) {
            String near = Spelling.closest(metric, known)
                    .map(c -> "did you mean '" + c + "'? ")
                    .orElse("");
            throw new BadInputException(
                    "--threshold '" + text + "'",
                    "neither run has a metric '" + metric + "'",
                    near + "metrics of these runs: "
                            + String.join(", ", known.stream().sorted().toList()));
        }
        boolean upper = m.group(2).equals("<");
        double percent = Double.parseDouble(m.group(3));
        if (upper ? percent < 0 : percent > 0) {
            throw new BadInputException(
                    "--threshold '" + text + "'",
                    upper
                            ? "'<' bounds a rise, so its percentage must be + (or 0)"
                            : "'>' bounds a fall, so its percentage must be - (or 0)",
                    upper ? "e.g. '" + metric + "<+10%'" : "e.g. '" + metric + ">-5%'");
        }
        return new Threshold(metric, upper, Math.abs(percent) / 100);
    }

    /**
     * Whether {@code c} fails the gate. Without a threshold for its metric (and --fail-on-regression):
     * a change for the worse beyond the intervals. With one: a change beyond the intervals that moves
     * the median past the threshold, read literally ({@code <+10%}: rose by more than 10%). Flagged
     * metrics (failed cells, saturated load generator) are never judged: the run itself reports them.
     */
    boolean fails(CompareService.Change c) {
        boolean significant = c.verdict().significant();
        Threshold t = thresholds.get(c.metric());
        if (t == null) {
            return anyRegression && c.verdict() == CompareService.Verdict.WORSE;
        }
        return significant && (t.upperBound() ? c.change() > t.tolerance() : c.change() < -t.tolerance());
    }

    /** What a failure line says about the rule that failed it. */
    String rule(CompareService.Change c) {
        Threshold t = thresholds.get(c.metric());
        if (t == null) {
            return "worse beyond the 95% intervals (--fail-on-regression)";
        }
        return String.format(
                "beyond the intervals and the threshold %s%s%.0f%%",
                t.metric(), t.upperBound() ? "<+" : ">-", t.tolerance() * 100);
    }

    static Map<String, Threshold> byMetric(List<Threshold> list) {
        Map<String, Threshold> map = new java.util.LinkedHashMap<>();
        list.forEach(t -> map.put(t.metric(), t));
        return map;
    }
}
