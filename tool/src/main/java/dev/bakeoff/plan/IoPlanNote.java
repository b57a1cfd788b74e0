package dev.bakeoff.plan;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The plan's sentence on the io levels: rate, delays, requests in flight, warm-up and the delay service's check. */
final class IoPlanNote {
    private IoPlanNote() {}

    static String of(Preset p) {
        int[] delays = p.ioDelaysMs();
        String ms = Arrays.stream(delays).mapToObj(d -> d + " ms").collect(Collectors.joining(", "));
        String inFlight = Arrays.stream(delays)
                .mapToObj(d -> String.format("%.0f", Defaults.IO_MAX_RATE * d / 1000.0))
                .collect(Collectors.joining(", "));
        return String.format(
                "io: a ceiling probe (closed model, %d in flight, /io?ms=%d) gives the app's /io capacity; then levels"
                        + " at one fixed rate, %.0f%% of that ceiling and at most %.0f req/s (the same at every level, so"
                        + " the CPU work per second is the same and only the waits change), with downstream delays %s:"
                        + " up to %s requests in flight. Each level warms up for its delay + %.1f s and measures %.1f s;"
                        + " it reports latency beyond the delay, errors, RSS and the delay service's own lateness (a"
                        + " level whose timers fire later than max(%.0f ms, %.0f%% of the delay) at p99 is flagged).",
                Defaults.IO_CEILING_IN_FLIGHT,
                Defaults.IO_DELAY_MS,
                Defaults.IO_RATE_SHARE * 100,
                Defaults.IO_MAX_RATE,
                ms,
                inFlight,
                Defaults.PACED_SETTLE_SECONDS,
                p.pacedSeconds,
                Defaults.IO_DRIFT_MIN_MS,
                Defaults.IO_DRIFT_SHARE * 100);
    }
}
