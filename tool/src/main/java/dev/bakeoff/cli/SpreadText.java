package dev.bakeoff.cli;

import dev.bakeoff.flow.Evidence;
import dev.bakeoff.flow.MachineSpread;
import dev.bakeoff.model.TextTable;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/** {@code history --spread}: the spread between processes this machine's one-round runs measured, per metric. */
final class SpreadText {
    private SpreadText() {}

    static int print(String preset, boolean json, PrintWriter out) {
        Optional<MachineSpread> spread = Evidence.spreadOfLatest(preset);
        if (json) {
            Json.print(out, spread.orElse(null));
            return 0;
        }
        if (spread.isEmpty()) {
            out.println(
                    "no one-round " + preset + " run is stored yet; measure with: ./bakeoff run --preset " + preset);
            out.flush();
            return 0;
        }
        MachineSpread s = spread.get();
        out.println("Spread between fresh processes, " + preset + " runs: " + s.source() + ".");
        out.println(
                "A one-round interval is at least median x/÷ exp(t x sd); sd is on log values, pooled over stacks.");
        TextTable table = new TextTable("workload", "metric", "sd", "df", "from");
        for (MachineSpread.Row r : s.rows()) {
            table.row(
                    r.workload(),
                    r.metric(),
                    String.format(Locale.ROOT, "%.1f%%", 100 * r.logSd()),
                    r.df(),
                    r.measuredHere() ? "this machine" : "development machine");
        }
        table.print(out);
        return 0;
    }
}
