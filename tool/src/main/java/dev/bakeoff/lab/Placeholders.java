package dev.bakeoff.lab;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills the {@code {name}} placeholders of stack.yaml argv and env values. */
final class Placeholders {
    static final List<String> NAMES = List.of(
            "port",
            "workers",
            "cpus",
            "downstream_url",
            "dataset",
            "java",
            "python",
            "node",
            "dir",
            "memory_mib",
            "heap_mib",
            "heap_mib_per_worker");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private Placeholders() {}

    /** The first placeholder in {@code text} that is not one of {@link #NAMES}, if any. */
    static Optional<String> check(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!NAMES.contains(m.group(1))) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(out).toString();
    }

    static List<String> fill(List<String> argv, Map<String, String> values) {
        return argv.stream().map(a -> fill(a, values)).toList();
    }
}
