package dev.bakeoff.report;

import dev.bakeoff.model.MetricNames;
import java.util.Locale;

/** Words and number formats for people: one place, so that every rendering says the same thing. */
final class Labels {
    private Labels() {}

    /** What a metric measures, e.g. "max throughput"; io's per-level names keep their level. */
    static String metric(String name) {
        int at = name.indexOf('@');
        if (at > 0) {
            return metric(name.substring(0, at)) + " at " + name.substring(at + 1);
        }
        return switch (name) {
            case MetricNames.MAX_RPS -> "max throughput";
            case MetricNames.CAPACITY_PER_CORE -> "capacity at SLO per core";
            case MetricNames.P99_MS -> "p99 latency at a fixed rate";
            case MetricNames.P50_MS -> "p50 latency at a fixed rate";
            case MetricNames.IO_OVERHEAD_P99_MS -> "I/O p99 beyond the delay, most in flight";
            case MetricNames.IO_OVERHEAD_P50_MS -> "I/O p50 beyond the delay, most in flight";
            case MetricNames.IO_KIB_PER_IN_FLIGHT -> "memory per request in flight";
            case MetricNames.IO_CEILING_RPS -> "I/O capacity at 64 in flight";
            case MetricNames.IO_ERROR_RATE -> "I/O error rate, most in flight";
            case MetricNames.IO_DELAY_LATE_P99_MS -> "delay service lateness p99 (lab check)";
            case MetricNames.IO_IN_FLIGHT -> "requests in flight";
            case MetricNames.IO_RSS_MIB -> "memory (RSS)";
            case MetricNames.APP_CPU_S_PER_1K -> "app CPU-s per 1k requests at a fixed rate";
            case MetricNames.EFF_RSS_MIB -> "memory at that fixed rate";
            case MetricNames.MIXED_CHEAP_P99_MS -> "cheap-request p99 beside CPU work";
            case MetricNames.MIXED_BLOCKING_FACTOR -> "blocking factor, p99 over alone (1 = none)";
            case MetricNames.MIXED_WAIT_FACTOR -> "wait factor, p50 beside a CPU job over alone (1 = none)";
            case MetricNames.MIXED_BESIDE_P50_MS -> "cheap-request p50 beside a CPU job";
            case MetricNames.MIXED_BESIDE_COUNT -> "cheap requests that met a CPU job";
            case MetricNames.WS_FANOUT_P99_MS -> "WebSocket fan-out p99";
            case MetricNames.WS_KIB_PER_CONNECTION -> "memory per WebSocket connection";
            case MetricNames.DATA_REALISTIC_ROW_NS -> "per-row cost, realistic tier";
            case MetricNames.DATA_REALISTIC_OVERHEAD_MS -> "per-request overhead, realistic tier";
            case MetricNames.DATA_TUNED_ROW_NS -> "per-row cost, tuned tier (columnar, ranked apart)";
            case MetricNames.DATA_TUNED_OVERHEAD_MS -> "per-request overhead, tuned tier (columnar, ranked apart)";
            case MetricNames.DATA_SERVICE_MS -> "service time";
            case MetricNames.READY_MS -> "start-up time";
            case MetricNames.IDLE_RSS_MIB -> "idle memory";
            case MetricNames.PEAK_RSS_MIB -> "peak memory";
            case MetricNames.CPU_SHARE -> "app CPU share";
            default -> name.replace('_', ' ');
        };
    }

    /** A number with a sensible precision for its size: 50,003 / 295 / 1.60 / 0.047. */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 0.1 || a == 0) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** "1,234 [1,100–1,300]", or just the median when the interval is a point. */
    static String withInterval(double median, double low, double high) {
        if (low == high) {
            return number(median);
        }
        return number(median) + " [" + number(low) + "–" + number(high) + "]";
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
