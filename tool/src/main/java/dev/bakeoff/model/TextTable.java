package dev.bakeoff.model;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with columns sized to their widest cell and a rule under the header; for CLI and text output. */
public final class TextTable {
    private final List<String[]> rows = new ArrayList<>();

    public TextTable(String... header) {
        rows.add(header);
    }

    public TextTable row(Object... cells) {
        String[] text = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            text[i] = String.valueOf(cells[i]);
        }
        rows.add(text);
        return this;
    }

    /** Appends the table, each line starting with {@code indent}. */
    public void appendTo(StringBuilder out, String indent) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < rows.get(r).length; i++) {
                String cell = rows.get(r)[i];
                line.append(i == 0 ? "" : "  ").append(cell).append(" ".repeat(width[i] - cell.length()));
            }
            String text = line.toString().stripTrailing();
            out.append(text).append('\n');
            if (r == 0) {
                out.append(indent)
                        .append("-".repeat(text.length() - indent.length()))
                        .append('\n');
            }
        }
    }

    public void print(PrintWriter out) {
        StringBuilder text = new StringBuilder();
        appendTo(text, "");
        out.print(text);
        out.flush();
    }
}
