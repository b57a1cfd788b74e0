package dev.bakeoff.cli;

import dev.bakeoff.flow.RunService;
import dev.bakeoff.loadgen.IntervalStats;
import dev.bakeoff.model.Measurement;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a run on stderr. On a terminal: a progress bar with ETA, the current cell and its live
 * throughput and p99. Anywhere else (a CI log, a file, a pipe): plain lines, one when a trial starts and
 * one when it ends, with no cursor codes, as {@code bakeoff load} does. The "trial ended" lines are also
 * what the kill test counts finished trials by.
 */
final class RunProgress implements RunService.Listener, AutoCloseable {
    private final PrintWriter err;
    private final ProgressBar bar; // null when stderr is not a terminal
    private final int totalSteps;
    private final long startNanos = System.nanoTime();
    private final double estimatedSeconds;
    private String cell = "";
    private int index;
    private IntervalStats last;

    RunProgress(PrintWriter err, int totalSteps, double estimatedSeconds) {
        this.err = err;
        this.totalSteps = totalSteps;
        this.estimatedSeconds = estimatedSeconds;
        this.bar = Terminal.stderrIsTerminal()
                ? new ProgressBarBuilder()
                        .setTaskName("run")
                        .setInitialMax(totalSteps)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(500)
                        .setConsumer(new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(System.err))
                        .build()
                : null;
    }

    @Override
    public void stepStarted(String stack, String workload, String level, int round, int index, int total) {
        this.cell = stack + " " + workload + "/" + level + " r" + round;
        this.index = index;
        this.last = null;
        if (bar == null) {
            line(String.format(
                    "[%d/%d] %s started (%s elapsed of about %s)",
                    index,
                    totalSteps,
                    cell,
                    seconds((System.nanoTime() - startNanos) / 1e9),
                    seconds(estimatedSeconds)));
            return;
        }
        bar.stepTo(index - 1);
        bar.setExtraMessage(cell);
    }

    @Override
    public void interval(IntervalStats s) {
        last = s;
        if (bar != null) {
            bar.setExtraMessage(String.format(
                    "%s %s%,.0f/s p99 %.1f ms",
                    cell, s.warmup() ? "(warm-up) " : "", s.ratePerSecond(), s.p99Micros() / 1000.0));
        }
    }

    @Override
    public void stepEnded(Measurement m) {
        String trial = m.stack() + " " + m.workload().id() + "/" + m.level() + " r" + m.round();
        if (bar == null) {
            String outcome = !m.ok() ? "FAILED" : m.flagged() ? "flagged" : "ok";
            String rate = last == null ? "" : String.format(", last second %,.0f/s", last.ratePerSecond());
            line(String.format("[%d/%d] trial ended: %s %s%s", index, totalSteps, trial, outcome, rate));
        } else {
            bar.step();
        }
        if (!m.ok()) {
            message(trial + " FAILED: " + m.note().lines().findFirst().orElse(""));
        } else if (m.flagged()) {
            message(trial + " flagged: " + m.note());
        }
    }

    @Override
    public void message(String text) {
        if (bar != null) {
            System.err.print("\r\033[K"); // clear the bar's line so that the message starts clean
        }
        line(text);
    }

    private static String seconds(double s) {
        return s < 120 ? String.format("%.0f s", s) : String.format("%.1f min", s / 60);
    }

    private void line(String text) {
        err.println(text);
        err.flush();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
