package dev.bakeoff.model;

/**
 * Text from files and users made harmless for a terminal: an escape sequence in a profile name could
 * otherwise move the cursor, rewrite what was printed before, retitle the window or worse. Control
 * characters other than line feed and tab (C0, DEL and C1) are shown as {@code \x1b}-style text.
 */
public final class TerminalText {
    private TerminalText() {}

    public static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
            if (control && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\x%02x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
