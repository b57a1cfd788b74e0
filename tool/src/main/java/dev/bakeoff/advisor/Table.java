package dev.bakeoff.advisor;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with columns sized to their widest cell, for the text verdict. */
final class Table {
    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        rows.add(header);
    }

    Table row(Object... cells) {
        String[] text = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            text[i] = String.valueOf(cells[i]);
        }
        rows.add(text);
        return this;
    }

    void appendTo(StringBuilder out, String indent) {
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
}
