package dev.bakeoff.loadgen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.HdrHistogram.Histogram;

/**
 * Renders results: a wrk2-style latency spectrum for people, and one JSON document for machines.
 * Latencies in JSON are in microseconds; histograms are included as base64 compressed HdrHistograms
 * so that any percentile can be recomputed later.
 */
public final class LoadReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LoadReport() {}

    /** The human-readable report of an HTTP load. */
    public static String text(HttpResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        HttpLoad load = result.load();
        out.printf("Running %s test @ %s%n", seconds(result.measuredSeconds()), load.target());
        out.printf(
                "  %s, %d connections, pipeline %d, %d event-loop threads (%s), warmup %s%n",
                shape(load.shape()),
                load.connections(),
                load.pipelineDepth(),
                load.eventLoopThreads(),
                result.transport(),
                seconds(load.warmup().toNanos() / 1e9));
        out.println();
        SpectrumText.distribution(
                out, "Latency Distribution (HdrHistogram - Recorded Latency)", result.correctedMicros());
        out.println();
        SpectrumText.distribution(
                out,
                "Uncorrected Latency (measured without taking delayed starts into account)",
                result.uncorrectedMicros());
        out.println();
        SpectrumText.spectrum(out, result.correctedMicros());
        if (result.classes().size() > 1) {
            SpectrumText.classTable(out, result.classes());
        }
        out.println("----------------------------------------------------------");
        out.printf("  %d requests in %s%n", result.completed(), seconds(result.measuredSeconds()));
        ErrorCounts e = result.errors();
        if (e.total() > 0) {
            out.printf(
                    "  Errors: connect %d, timeout %d, reset %d, non-2xx %d, protocol %d%n",
                    e.connect(), e.timeout(), e.reset(), e.non2xx(), e.protocol());
        }
        out.printf(
                "Requests/sec: %10.2f%s%n",
                result.achievedRatePerSecond(),
                load.shape() instanceof LoadShape.OpenModel open
                        ? String.format(" (target %.0f)", open.ratePerSecond())
                        : "");
        out.printf(
                "Load generator CPU: %.2f s (%.3f s per 100k requests)%n",
                result.cpuSeconds(), result.cpuSecondsPer100k());
        lateness(out, result.sendLatenessMicros());
        if (result.saturated()) {
            out.printf(
                    "WARNING: the load generator saturated (%s); these numbers are not evidence%n",
                    result.saturationReason());
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The human-readable report of a WebSocket load. */
    public static String text(WsResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        WsLoad load = result.load();
        if (load.idle()) {
            out.printf(
                    "Held %d idle WebSocket connections @ %s for %s%n",
                    result.connectionsOpened(),
                    load.target(),
                    seconds(load.duration().toNanos() / 1e9));
        } else {
            out.printf(
                    "Running %s WebSocket broadcast test @ %s%n",
                    seconds(load.duration().toNanos() / 1e9), load.target());
            out.printf(
                    "  %d connections, %d publishers at %.0f msg/s total, payload %d B, warmup %s (%s)%n",
                    load.connections(),
                    load.publishers(),
                    load.ratePerSecond(),
                    load.payloadBytes(),
                    seconds(load.warmup().toNanos() / 1e9),
                    result.transport());
            out.println();
            SpectrumText.distribution(
                    out, "Publish-to-receive latency (from intended publish time)", result.correctedMicros());
            out.println();
            SpectrumText.distribution(out, "Uncorrected (from actual publish time)", result.uncorrectedMicros());
            out.println();
            SpectrumText.spectrum(out, result.correctedMicros());
            out.println("----------------------------------------------------------");
            Deliveries d = result.deliveries();
            out.printf(
                    "  published %d, expected deliveries %d, delivered %d%n",
                    d.published(), d.expected(), d.delivered());
            out.printf("  missing %d, duplicated %d, out of order %d%n", d.missing(), d.duplicated(), d.outOfOrder());
            out.printf(
                    "Publishes/sec: %10.2f (target %.0f)%n",
                    result.achievedPublishRatePerSecond(), load.ratePerSecond());
        }
        out.printf(
                "  connections opened %d, connect errors %d, closed early %d%n",
                result.connectionsOpened(), result.connectErrors(), result.closedEarly());
        out.printf(
                "Load generator heap after GC: %.1f MiB with connections open, %.1f MiB before (%.0f B per connection)%n",
                result.heapUsedBytes() / 1048576.0,
                result.heapBaselineBytes() / 1048576.0,
                result.heapBytesPerConnection());
        out.printf("Load generator CPU: %.2f s%n", result.cpuSeconds());
        lateness(out, result.sendLatenessMicros());
        if (result.saturated()) {
            out.printf(
                    "WARNING: the load generator saturated (%s); these numbers are not evidence%n",
                    result.saturationReason());
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** One JSON document describing an HTTP load's result. */
    public static String json(HttpResult result) {
        return write(JsonResult.of(JSON, result));
    }

    /** One JSON document describing a WebSocket load's result. */
    public static String json(WsResult result) {
        return write(JsonResult.of(JSON, result));
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the result as JSON", e);
        }
    }

    private static void lateness(PrintStream out, Histogram micros) {
        if (micros.getTotalCount() > 0) {
            out.printf(
                    "Load generator send lateness (its own timer delay): p50 %s, p99 %s, max %s%n",
                    SpectrumText.duration(SpectrumText.valueAt(micros, 50)),
                    SpectrumText.duration(SpectrumText.valueAt(micros, 99)),
                    SpectrumText.duration(micros.getMaxValue()));
        }
    }

    static String shape(LoadShape shape) {
        return switch (shape) {
            case LoadShape.OpenModel open -> String.format("open model at %.0f req/s", open.ratePerSecond());
            case LoadShape.ClosedModel closed -> "closed model";
        };
    }

    static String seconds(double seconds) {
        return seconds == Math.rint(seconds) ? String.format("%.0fs", seconds) : String.format("%.2fs", seconds);
    }
}
