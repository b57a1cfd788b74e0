package dev.bakeoff.loadgen;

import dev.bakeoff.model.BadInputException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as people write them on command lines: {@code 10s}, {@code 500ms}, {@code 2m}, {@code 1h}. */
public final class DurationText {
    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");

    private DurationText() {}

    /** Parses {@code text}; a bare number means seconds. Problems name {@code where}. */
    public static Duration parse(String text, String where) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new BadInputException(where, "'" + text + "' is not a duration", "write e.g. 10s, 500ms, 2m or 1h");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double nanos = value
                * switch (unit) {
                    case "ms" -> 1e6;
                    case "m" -> 60e9;
                    case "h" -> 3600e9;
                    default -> 1e9;
                };
        if (nanos > 24 * 3600e9) {
            throw new BadInputException(
                    where, "'" + text + "' is longer than a day", "every load is bounded; use less");
        }
        return Duration.ofNanos((long) nanos);
    }
}
