package dev.bakeoff.report;

import java.util.List;

/**
 * A small HTML writer whose every text goes through {@link #esc}: user text (profile names,
 * descriptions, notes) can never become markup. Raw markup is only appended by {@link #raw}, from
 * our own code and from our own SVG.
 */
final class Html {
    private final StringBuilder out = new StringBuilder();

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(String s) {
        out.append(esc(s));
        return this;
    }

    /** {@code <tag class="cls">text</tag>}, text escaped; {@code cls} may be empty. */
    Html el(String tag, String cls, String text) {
        open(tag, cls);
        text(text);
        return close(tag);
    }

    Html open(String tag, String cls) {
        out.append('<').append(tag);
        if (!cls.isEmpty()) {
            out.append(" class=\"").append(esc(cls)).append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** A section with an id for the table of contents, and its heading. */
    Html section(String id, String heading) {
        out.append("<section id=\"")
                .append(esc(id))
                .append("\"><h2>")
                .append(esc(heading))
                .append("</h2>");
        return this;
    }

    /** A table; each row's cells are escaped text. */
    Html table(String cls, List<String> head, List<List<String>> rows) {
        open("table", cls).raw("<thead><tr>");
        head.forEach(h -> el("th", "", h));
        raw("</tr></thead><tbody>");
        for (List<String> row : rows) {
            raw("<tr>");
            row.forEach(c -> el("td", "", c));
            raw("</tr>");
        }
        return raw("</tbody></table>");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
