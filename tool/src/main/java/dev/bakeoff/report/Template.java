package dev.bakeoff.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A resource with {@code {{name}}} placeholders, filled in one pass: text that was substituted is never
 * scanned again, so a profile name containing "{{body}}" stays text.
 */
public final class Template {
    private final String text;

    private Template(String text) {
        this.text = text;
    }

    /** Loads a classpath resource, e.g. {@code report/report.html}. */
    public static Template load(String resource) {
        return new Template(resourceText(resource));
    }

    public static String resourceText(String resource) {
        try (InputStream in = Template.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (the jar is incomplete)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with each placeholder replaced by its value; an unknown placeholder is a bug. */
    public String fill(Map<String, String> values) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        int at = 0;
        while (true) {
            int open = text.indexOf("{{", at);
            if (open < 0) {
                break;
            }
            int close = text.indexOf("}}", open);
            String key = text.substring(open + 2, close);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalStateException("template placeholder {{" + key + "}} has no value");
            }
            out.append(text, at, open).append(value);
            at = close + 2;
        }
        return out.append(text, at, text.length()).toString();
    }
}
