package dev.bakeoff.cli;

import dev.bakeoff.bench.RunListener;
import dev.bakeoff.loadgen.IntervalStats;
import dev.bakeoff.model.Measurement;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar with ETA on stderr, with the current cell and its live throughput and p99. */
final class RunProgress implements RunListener, AutoCloseable {
    private final PrintWriter err;
    private final ProgressBar bar;
    private String cell = "";

    RunProgress(PrintWriter err, int totalSteps, double estimatedSeconds) {
        this.err = err;
        this.bar = new ProgressBarBuilder()
                .setTaskName("run")
                .setInitialMax(totalSteps)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .setConsumer(new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(System.err))
                .build();
    }

    @Override
    public void stepStarted(String stack, String workload, String level, int round, int index, int total) {
        cell = stack + " " + workload + "/" + level + " r" + round;
        bar.stepTo(index - 1);
        bar.setExtraMessage(cell);
    }

    @Override
    public void interval(IntervalStats s) {
        bar.setExtraMessage(String.format(
                "%s %s%,.0f/s p99 %.1f ms",
                cell, s.warmup() ? "(warm-up) " : "", s.ratePerSecond(), s.p99Micros() / 1000.0));
    }

    @Override
    public void stepEnded(Measurement m) {
        bar.step();
        if (!m.ok()) {
            message(m.stack() + " " + m.workload().id() + "/" + m.level() + " FAILED: "
                    + m.note().lines().findFirst().orElse(""));
        } else if (m.flagged()) {
            message(m.stack() + " " + m.workload().id() + "/" + m.level() + " flagged: " + m.note());
        }
    }

    @Override
    public void message(String text) {
        System.err.print("\r\033[K");
        err.println(text);
        err.flush();
    }

    @Override
    public void close() {
        bar.close();
    }
}
