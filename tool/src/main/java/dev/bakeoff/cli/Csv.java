package dev.bakeoff.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** RFC 4180 CSV for --csv: a header row, then one row per record; numbers unformatted (full precision). */
final class Csv {
    private Csv() {}

    static void row(PrintWriter out, List<?> fields) {
        out.print(fields.stream().map(Csv::field).collect(Collectors.joining(",")));
        out.print("\r\n");
    }

    private static String field(Object value) {
        String text = value == null
                ? ""
                : value instanceof Double d
                        ? (Double.isFinite(d) ? String.format(Locale.ROOT, "%s", d) : "")
                        : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
