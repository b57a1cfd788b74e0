package dev.bakeoff.cli;

import dev.bakeoff.loadgen.Defaults;
import dev.bakeoff.loadgen.SteadyState;
import dev.bakeoff.model.Plan;
import dev.bakeoff.model.TextTable;
import java.io.PrintWriter;

/** The plan as printed before a run (JMH-style: settings in effect first, then every step). */
final class PlanText {
    private PlanText() {}

    static void print(PrintWriter out, Plan plan) {
        out.println("# Plan: preset " + plan.preset() + ", " + plan.rounds() + " round(s), "
                + plan.stacks().size() + " stacks x " + plan.workloads().size() + " workloads");
        out.println("# Stacks: " + String.join(", ", plan.stacks()));
        // Core ids, not counts: "app on core 1" reads right where "app cores: 1" read as a count.
        out.println("# App on core(s) " + plan.cpus().appList() + " ("
                + plan.cpus().appCpus().size()
                + "); load generator and lab helpers on core(s) " + plan.cpus().loadList() + " ("
                + plan.cpus().loadCpus().size() + ")"
                + (plan.cpus().shared() ? " (shared: one core only, results less reliable)" : ""));
        if (plan.workloads().contains(dev.bakeoff.model.Workload.DB)) {
            // The lab's helpers share the load generator's cores: the app's cores hold only the app.
            out.println("# db: the lab's own PostgreSQL (initdb per run, 127.0.0.1) on cores "
                    + plan.cpus().loadList() + ", shared with the load generator; its CPU is measured per step");
        }
        out.printf(
                "# Each step: %.1f s warm-up + %.1f s measured; dataset %,d rows%n",
                plan.warmupSeconds(), plan.measureSeconds(), plan.datasetRows());
        if (plan.notes().isEmpty()) { // a run stored before plans had notes
            SteadyState steady = Defaults.STEADY_STATE;
            out.printf(
                    "# An endpoint's first closed-model step warms up until its throughput stops rising instead (at least %.1f s, at most %.0f s)%n",
                    steady.window().toMillis() / 1000.0, plan.warmupMaxSeconds());
        }
        plan.notes().forEach(n -> out.println("# " + n));
        TextTable steps = new TextTable("workload", "step", "what", "seconds");
        for (Plan.Step s : plan.steps()) {
            steps.row(s.workload().id(), s.level(), s.what(), String.format("%.1f", s.seconds()));
        }
        steps.print(out);
        out.printf(
                "# Estimated time: %.0f s (%.1f min), set-up excluded%n",
                plan.estimatedSeconds(), plan.estimatedSeconds() / 60);
        out.flush();
    }
}
