package dev.bakeoff.advisor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes dotted field assignments (from phrases or interview answers) as profile YAML, so that every
 * way of making a profile goes through the same reader and checks.
 */
final class ProfileYaml {
    private ProfileYaml() {}

    static String write(String name, String description, Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        out.append("name: ").append(quote(name)).append('\n');
        out.append("description: ").append(quote(description)).append('\n');
        Map<String, List<String[]>> sections = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            String[] parts = e.getKey().split("\\.", 2);
            sections.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(new String[] {parts[1], e.getValue()});
        }
        for (Map.Entry<String, List<String[]>> s : sections.entrySet()) {
            out.append(s.getKey()).append(":\n");
            Map<String, List<String[]>> nested = new LinkedHashMap<>();
            for (String[] kv : s.getValue()) {
                String[] parts = kv[0].split("\\.", 2);
                if (parts.length == 2) {
                    nested.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(new String[] {parts[1], kv[1]});
                } else {
                    out.append("  ")
                            .append(kv[0])
                            .append(": ")
                            .append(value(kv[1]))
                            .append('\n');
                }
            }
            nested.forEach((key, kvs) -> {
                out.append("  ").append(key).append(":\n");
                kvs.forEach(kv -> out.append("    ")
                        .append(kv[0])
                        .append(": ")
                        .append(value(kv[1]))
                        .append('\n'));
            });
        }
        return out.toString();
    }

    private static String value(String v) {
        if (v.startsWith("[") || v.matches("-?\\d+(\\.\\d+)?|true|false")) {
            return v;
        }
        return quote(v);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }
}
