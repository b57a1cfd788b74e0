package dev.bakeoff.flow;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.RunMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison of two stored runs: per stack, workload and metric, what got better or worse, and what moved
 * only within its 95% intervals (no significant difference). The shells render the changes; the CI gate of
 * {@code bakeoff compare} judges them.
 */
public final class CompareService {
    private CompareService() {}

    /** Two runs (ids or aliases, see {@link Evidence#RUN_HELP}) and their changes, in the later run's order. */
    public record Comparison(RunMetrics before, RunMetrics after, List<Change> changes) {
        /**
         * Whether either run measured each stack in one process only: its intervals are then as wide as this
         * machine's spread between processes, so only changes larger than that count (stats.ProcessSpread).
         */
        public boolean oneRound() {
            return before.metrics().stream().anyMatch(m -> m.trials() == 1)
                    || after.metrics().stream().anyMatch(m -> m.trials() == 1);
        }
    }

    /** One metric in both runs. */
    public record Change(
            String stack,
            String workload,
            String metric,
            double before,
            double after,
            double change,
            Verdict verdict,
            String unit) {}

    /** What a change amounts to; printed (text, CSV, JSON) by its words. */
    public enum Verdict {
        BETTER("better"),
        WORSE("worse"),
        SAME("no significant difference"),
        /** Either run flagged the metric (failed cell, saturated generator): not judged. */
        FLAGGED("flagged");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        public boolean significant() {
            return this == BETTER || this == WORSE;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    /** Reads both stored runs back and compares them; a run that is not stored is bad input. */
    public static Comparison compare(String before, String after) {
        RunMetrics a = Evidence.run(before).orElseThrow();
        RunMetrics b = Evidence.run(after).orElseThrow();
        return new Comparison(a, b, changes(a, b));
    }

    /**
     * Every metric of {@code b} that {@code a} has too: flagged in either, it is not judged; inside both
     * intervals, it is the same; else better or worse by whether higher is better.
     */
    public static List<Change> changes(RunMetrics a, RunMetrics b) {
        List<Change> changes = new ArrayList<>();
        for (Metric mb : b.metrics()) {
            a.find(mb.stack(), mb.workload(), mb.name()).ifPresent(ma -> {
                double change = ma.median() == 0 ? 0 : (mb.median() - ma.median()) / ma.median();
                boolean better = mb.higherIsBetter() ? change > 0 : change < 0;
                Verdict verdict = ma.flagged() || mb.flagged()
                        ? Verdict.FLAGGED
                        : !mb.differsFrom(ma) ? Verdict.SAME : better ? Verdict.BETTER : Verdict.WORSE;
                changes.add(new Change(
                        mb.stack(),
                        mb.workload().id(),
                        mb.name(),
                        ma.median(),
                        mb.median(),
                        change,
                        verdict,
                        mb.unit() == null ? "" : mb.unit()));
            });
        }
        return changes;
    }
}
