package dev.bakeoff.advisor;

import dev.bakeoff.model.TextTable;

/** The sensitivity part of the text verdict: flip points, stability intervals, tornado. */
final class SensitivityText {
    private static final int SHOWN = 5;

    private SensitivityText() {}

    static void append(StringBuilder out, Verdict v) {
        Verdict.Sensitivity s = v.sensitivity();
        out.append("\nSensitivity (").append(s.method()).append(")\n");
        out.append("  What would have to change:\n");
        s.flips().stream()
                .filter(f -> !Double.isNaN(f.flipWeight()))
                .limit(SHOWN)
                .forEach(f -> out.append("    - ").append(f.sentence()).append('\n'));
        if (s.flips().stream().allMatch(f -> Double.isNaN(f.flipWeight()))) {
            out.append("    - no single weight change alters the winner\n");
        }
        out.append("  Stability intervals (the winner stays first while the weight is inside):\n");
        TextTable t = new TextTable("criterion", "weight", "stable from", "to");
        s.flips().stream()
                .filter(f -> f.weight() > 0)
                .sorted((a, b) -> Double.compare(b.weight(), a.weight()))
                .forEach(f -> t.row(f.criterion(), Format.pct(f.weight()), Format.pct(f.low()), Format.pct(f.high())));
        t.appendTo(out, "    ");
        out.append("  Tornado (winner's margin with the weight 10 points lower / higher):\n");
        TextTable tornado = new TextTable("criterion", "margin -10", "margin +10", "swing");
        s.tornado().stream()
                .limit(SHOWN)
                .forEach(b -> tornado.row(
                        b.criterion(),
                        Format.score(b.marginLow()),
                        Format.score(b.marginHigh()),
                        Format.score(b.swing())));
        tornado.appendTo(out, "    ");
    }
}
