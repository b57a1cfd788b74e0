package dev.bakeoff.flow;

import java.util.List;

/**
 * How far each metric moved between fresh processes of one stack in this machine's one-round runs of a
 * preset: the spread those runs' intervals are widened to (stats.ProcessSpread), for the shells to print.
 *
 * @param source where the spread was measured, in words
 * @param runs the runs it was measured in; empty when the development machine's stands in
 */
public record MachineSpread(String preset, String source, List<String> runs, List<Row> rows) {
    public MachineSpread {
        runs = List.copyOf(runs);
        rows = List.copyOf(rows);
    }

    /**
     * One metric's spread.
     *
     * @param logSd standard deviation of the natural log of one process's value
     * @param df degrees of freedom (processes minus one, summed over stacks)
     * @param measuredHere false when this metric's spread is the development machine's
     */
    public record Row(String workload, String metric, double logSd, int df, boolean measuredHere) {}
}
