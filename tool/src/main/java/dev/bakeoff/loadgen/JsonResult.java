package dev.bakeoff.loadgen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import org.HdrHistogram.Histogram;

/** Builds the JSON documents of {@link LoadReport}; field names carry their units. */
final class JsonResult {
    private JsonResult() {}

    static ObjectNode of(ObjectMapper json, HttpResult r) {
        ObjectNode root = json.createObjectNode();
        HttpLoad load = r.load();
        root.put("kind", "http");
        root.put("target", load.target().toString());
        root.put("model", load.shape() instanceof LoadShape.OpenModel ? "open" : "closed");
        if (load.shape() instanceof LoadShape.OpenModel open) {
            root.put("targetRatePerSecond", open.ratePerSecond());
        }
        root.put("connections", load.connections());
        root.put("pipelineDepth", load.pipelineDepth());
        root.put("eventLoopThreads", load.eventLoopThreads());
        root.put("transport", r.transport());
        root.put("warmupSeconds", load.warmup().toNanos() / 1e9);
        root.put("measuredSeconds", r.measuredSeconds());
        root.put("completed", r.completed());
        root.put("achievedRatePerSecond", r.achievedRatePerSecond());
        root.put("cpuSeconds", r.cpuSeconds());
        root.put("cpuSecondsPer100k", r.cpuSecondsPer100k());
        root.set("sendLatenessMicros", histogram(json, r.sendLatenessMicros()));
        root.put("saturated", r.saturated());
        root.put("saturationReason", r.saturationReason());
        ObjectNode errors = root.putObject("errors");
        errors.put("connect", r.errors().connect());
        errors.put("timeout", r.errors().timeout());
        errors.put("reset", r.errors().reset());
        errors.put("non2xx", r.errors().non2xx());
        errors.put("protocol", r.errors().protocol());
        root.set("correctedMicros", histogram(json, r.correctedMicros()));
        root.set("uncorrectedMicros", histogram(json, r.uncorrectedMicros()));
        ArrayNode classes = root.putArray("classes");
        for (ClassResult c : r.classes()) {
            ObjectNode node = classes.addObject();
            node.put("name", c.name());
            node.put("completed", c.completed());
            node.put("non2xx", c.non2xx());
            node.set("correctedMicros", histogram(json, c.correctedMicros()));
            node.set("uncorrectedMicros", histogram(json, c.uncorrectedMicros()));
        }
        root.set("timeline", timeline(json, r.timeline()));
        return root;
    }

    static ObjectNode of(ObjectMapper json, WsResult r) {
        ObjectNode root = json.createObjectNode();
        WsLoad load = r.load();
        root.put("kind", load.idle() ? "ws-idle" : "ws-broadcast");
        root.put("target", load.target().toString());
        root.put("connections", load.connections());
        root.put("publishers", load.publishers());
        root.put("targetRatePerSecond", load.ratePerSecond());
        root.put("payloadBytes", load.payloadBytes());
        root.put("transport", r.transport());
        root.put("connectionsOpened", r.connectionsOpened());
        root.put("connectErrors", r.connectErrors());
        root.put("closedEarly", r.closedEarly());
        Deliveries d = r.deliveries();
        ObjectNode deliveries = root.putObject("deliveries");
        deliveries.put("published", d.published());
        deliveries.put("expected", d.expected());
        deliveries.put("delivered", d.delivered());
        deliveries.put("missing", d.missing());
        deliveries.put("duplicated", d.duplicated());
        deliveries.put("outOfOrder", d.outOfOrder());
        root.put("achievedPublishRatePerSecond", r.achievedPublishRatePerSecond());
        root.put("cpuSeconds", r.cpuSeconds());
        root.put("saturated", r.saturated());
        root.put("saturationReason", r.saturationReason());
        root.set("sendLatenessMicros", histogram(json, r.sendLatenessMicros()));
        root.put("heapBaselineBytes", r.heapBaselineBytes());
        root.put("heapUsedBytes", r.heapUsedBytes());
        root.put("heapBytesPerConnection", r.heapBytesPerConnection());
        root.set("correctedMicros", histogram(json, r.correctedMicros()));
        root.set("uncorrectedMicros", histogram(json, r.uncorrectedMicros()));
        root.set("timeline", timeline(json, r.timeline()));
        return root;
    }

    private static ObjectNode histogram(ObjectMapper json, Histogram h) {
        ObjectNode node = json.createObjectNode();
        node.put("count", h.getTotalCount());
        node.put("mean", h.getTotalCount() == 0 ? 0 : h.getMean());
        node.put("max", h.getMaxValue());
        for (double p : new double[] {50, 75, 90, 99, 99.9, 99.99}) {
            node.put(
                    "p" + (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)),
                    SpectrumText.valueAt(h, p));
        }
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer);
        node.put("hdrBase64", Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length)));
        return node;
    }

    private static ArrayNode timeline(ObjectMapper json, java.util.List<IntervalStats> timeline) {
        ArrayNode array = json.createArrayNode();
        for (IntervalStats s : timeline) {
            ObjectNode node = array.addObject();
            node.put("warmup", s.warmup());
            node.put("startSeconds", s.startSeconds());
            node.put("lengthSeconds", s.lengthSeconds());
            node.put("completed", s.completed());
            node.put("errors", s.errors());
            node.put("ratePerSecond", s.ratePerSecond());
            node.put("p50Micros", s.p50Micros());
            node.put("p99Micros", s.p99Micros());
            node.put("uncorrectedP99Micros", s.uncorrectedP99Micros());
        }
        return array;
    }
}
