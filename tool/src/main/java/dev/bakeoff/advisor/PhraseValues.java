package dev.bakeoff.advisor;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The computed values of knowledge/phrases.yaml: numbers read with their units from the groups a
 * phrase captured (n, unit, lib). "50,000" is fifty thousand (a comma followed by three digits groups
 * thousands; "1,5" is a decimal comma), "2k" two thousand, "1.5 million" 1,500,000.
 *
 * <ul>
 *   <li>{@code $count}: n x its unit (k, thousand, m, million)
 *   <li>{@code $per_minute}, {@code $per_day}: a rate per minute / per day as peak req/s (per day: the
 *       daily average times a peak-to-average ratio of 3, a common rule of thumb; the note says so)
 *   <li>{@code $ms}: a duration in ms (unit ms, s, seconds, µs)
 *   <li>{@code $gb}: a size in GB (unit mb, gb, tb)
 *   <li>{@code [$lib]}: the library the text names, as its id in candidates.yaml
 * </ul>
 */
final class PhraseValues {
    static final double PEAK_TO_AVERAGE = 3;

    private static final Map<String, String> LIBRARIES = Map.ofEntries(
            Map.entry("scikit-learn", "scikit-learn"),
            Map.entry("scikit learn", "scikit-learn"),
            Map.entry("sklearn", "scikit-learn"),
            Map.entry("pytorch", "pytorch"),
            Map.entry("torch", "pytorch"),
            Map.entry("lightgbm", "lightgbm"),
            Map.entry("xgboost", "xgboost"),
            Map.entry("tensorflow", "tensorflow"),
            Map.entry("keras", "tensorflow"),
            Map.entry("numpy", "numpy"),
            Map.entry("pandas", "pandas"),
            Map.entry("polars", "polars"),
            Map.entry("langchain", "langchain"),
            Map.entry("llamaindex", "llamaindex"),
            Map.entry("spacy", "spacy"),
            Map.entry("hugging face", "transformers"),
            Map.entry("huggingface", "transformers"),
            Map.entry("transformers", "transformers"),
            Map.entry("onnx", "onnx"));

    private PhraseValues() {}

    static String resolve(String template, Matcher m) {
        return switch (template) {
            case "$count" -> whole(number(m) * unit(m));
            case "$per_minute" -> whole(Math.max(1, number(m) * unit(m) / 60));
            case "$per_day" -> whole(Math.max(1, number(m) * unit(m) / 86_400 * PEAK_TO_AVERAGE));
            case "$ms" -> whole(number(m) * millis(m));
            case "$gb" -> String.valueOf(number(m) * gigabytes(m));
            case "[$lib]" -> "[" + LIBRARIES.getOrDefault(lower(m.group("lib")), lower(m.group("lib"))) + "]";
            default -> template;
        };
    }

    /** The union of two YAML flow lists, in order of first appearance. */
    static String union(String a, String b) {
        Set<String> items = new LinkedHashSet<>();
        for (String list : new String[] {a, b}) {
            for (String item : list.replaceAll("[\\[\\]]", "").split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return "[" + String.join(", ", items) + "]";
    }

    static double parse(String text) {
        String t = text.strip().replaceAll("[.,_]+$", "");
        if (t.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            t = t.replace(",", "");
        } else {
            t = t.replace(',', '.');
        }
        t = t.replace("_", "");
        return Double.parseDouble(t);
    }

    private static double number(Matcher m) {
        String n = group(m, "n");
        return parse(n.isEmpty() ? group(m, "n2") : n);
    }

    private static double unit(Matcher m) {
        String u = group(m, "unit");
        return switch (u) {
            case "k", "thousand" -> 1_000;
            case "m", "million", "mm" -> 1_000_000;
            case "b", "billion" -> 1_000_000_000;
            default -> 1;
        };
    }

    private static double millis(Matcher m) {
        String u = group(m, "unit");
        if (u.startsWith("ms") || u.startsWith("milli")) {
            return 1;
        }
        if (u.startsWith("µ") || u.startsWith("us") || u.startsWith("micro")) {
            return 0.001;
        }
        return u.startsWith("s") ? 1000 : 1;
    }

    private static double gigabytes(Matcher m) {
        String u = group(m, "unit");
        return u.startsWith("t") ? 1000 : u.startsWith("m") ? 0.001 : u.startsWith("p") ? 1_000_000 : 1;
    }

    private static String group(Matcher m, String name) {
        try {
            String g = m.group(name);
            return g == null ? "" : g.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException noSuchGroup) {
            return "";
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String whole(double v) {
        return String.valueOf(Math.max(0, Math.round(v)));
    }
}
