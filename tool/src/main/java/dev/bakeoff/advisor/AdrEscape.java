package dev.bakeoff.advisor;

/**
 * Text from a profile made safe for the ADR: YAML front matter that a value cannot end or extend, and
 * Markdown without raw HTML (angle brackets as entities, as report.md writes them).
 */
final class AdrEscape {
    private AdrEscape() {}

    /**
     * A YAML double-quoted scalar: backslash, quote, line breaks and every other control character
     * escaped, so the value stays one line and one string whatever it holds.
     */
    static String yamlString(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Text within one line of Markdown: no HTML, no line break that could start a heading or list. */
    static String inline(String s) {
        return block(s).replaceAll("\\s*\\R\\s*", " ");
    }

    /** Paragraphs of Markdown: line breaks kept, HTML shown as text. */
    static String block(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    }

    /** A code span that no backtick in {@code s} can close early (CommonMark: a longer fence). */
    static String code(String s) {
        String one = s.replaceAll("\\R", " ").replaceAll("[\\p{Cntrl}&&[^\\t]]", "");
        int longest = 0;
        int run = 0;
        for (char c : one.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = longest > 0 ? " " : "";
        return fence + pad + one + pad + fence;
    }
}
