package dev.bakeoff.cli;

import dev.bakeoff.model.Metric;
import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.model.TextTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "compare",
        description = {
            "Compare two stored runs: per stack, workload and metric, what got faster or slower.",
            "A change whose 95%% intervals overlap is reported as no significant difference."
        })
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BEFORE")
    String before;

    @Parameters(index = "1", paramLabel = "AFTER")
    String after;

    @Option(names = "--all", description = "Also list metrics with no significant difference.")
    boolean all;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    /** One metric in both runs. */
    record Change(
            String stack, String workload, String metric, double before, double after, double change, String verdict) {}

    @Override
    public Integer call() {
        RunMetrics a = Evidence.run(before).orElseThrow();
        RunMetrics b = Evidence.run(after).orElseThrow();
        List<Change> changes = new ArrayList<>();
        for (Metric mb : b.metrics()) {
            a.find(mb.stack(), mb.workload(), mb.name()).ifPresent(ma -> {
                double change = ma.median() == 0 ? 0 : (mb.median() - ma.median()) / ma.median();
                boolean better = mb.higherIsBetter() ? change > 0 : change < 0;
                String verdict = ma.flagged() || mb.flagged()
                        ? "flagged"
                        : !mb.differsFrom(ma) ? "no significant difference" : better ? "better" : "worse";
                changes.add(new Change(
                        mb.stack(), mb.workload().id(), mb.name(), ma.median(), mb.median(), change, verdict));
            });
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, changes);
            return 0;
        }
        TextTable table = new TextTable("stack", "workload", "metric", before, after, "change", "verdict");
        changes.stream()
                .filter(c -> all || c.verdict().equals("better") || c.verdict().equals("worse"))
                .forEach(c -> table.row(
                        c.stack(),
                        c.workload(),
                        c.metric(),
                        SummaryText.number(c.before()),
                        SummaryText.number(c.after()),
                        String.format("%+.1f%%", c.change() * 100),
                        c.verdict()));
        table.print(out);
        long same = changes.stream()
                .filter(c -> c.verdict().startsWith("no significant"))
                .count();
        out.println(same + " of " + changes.size() + " metrics show no significant difference"
                + (all ? "" : " (--all lists them)"));
        out.flush();
        return 0;
    }
}
