package dev.bakeoff.loadgen;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The request mix encoded once: each class's request as ready-to-send bytes in a pooled direct
 * buffer (sent as a retained duplicate, so no bytes are copied per request), and a fixed cycle of
 * class indexes in which each class appears as often as its weight, evenly spread (smooth weighted
 * round robin). Owned by one event loop; {@link #close()} releases the buffers.
 */
final class EncodedMix implements AutoCloseable {
    private final ByteBuf[] requests;
    private final boolean[] head;
    private final int[] cycle;

    private EncodedMix(ByteBuf[] requests, boolean[] head, int[] cycle) {
        this.requests = requests;
        this.head = head;
        this.cycle = cycle;
    }

    static EncodedMix encode(List<RequestClass> classes, String hostHeader) {
        ByteBuf[] requests = new ByteBuf[classes.size()];
        boolean[] head = new boolean[classes.size()];
        for (int i = 0; i < requests.length; i++) {
            byte[] bytes = requestBytes(classes.get(i), hostHeader);
            requests[i] =
                    PooledByteBufAllocator.DEFAULT.directBuffer(bytes.length).writeBytes(bytes);
            head[i] = classes.get(i).method().equalsIgnoreCase("HEAD");
        }
        return new EncodedMix(requests, head, cycle(classes));
    }

    static byte[] requestBytes(RequestClass request, String hostHeader) {
        byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder(128)
                .append(request.method())
                .append(' ')
                .append(request.path())
                .append(" HTTP/1.1\r\nHost: ")
                .append(hostHeader)
                .append("\r\n");
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            text.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        if (body.length > 0 || hasBodySemantics(request.method())) {
            text.append("Content-Length: ").append(body.length).append("\r\n");
        }
        byte[] head = text.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private static boolean hasBodySemantics(String method) {
        return method.equalsIgnoreCase("POST") || method.equalsIgnoreCase("PUT") || method.equalsIgnoreCase("PATCH");
    }

    /** Smooth weighted round robin: each class as often as its weight, spread out evenly. */
    static int[] cycle(List<RequestClass> classes) {
        int total = classes.stream().mapToInt(RequestClass::weight).sum();
        int[] cycle = new int[total];
        long[] current = new long[classes.size()];
        for (int step = 0; step < total; step++) {
            int pick = 0;
            for (int i = 0; i < current.length; i++) {
                current[i] += classes.get(i).weight();
                if (current[i] > current[pick]) {
                    pick = i;
                }
            }
            current[pick] -= total;
            cycle[step] = pick;
        }
        return cycle;
    }

    int cycleLength() {
        return cycle.length;
    }

    /** The class sent at position {@code cursor} of the cycle (0 <= cursor < cycleLength). */
    int classAt(int cursor) {
        return cycle[cursor];
    }

    /** A retained duplicate of the class's request bytes; the write releases it. */
    ByteBuf request(int requestClass) {
        return requests[requestClass].retainedDuplicate();
    }

    boolean isHead(int requestClass) {
        return head[requestClass];
    }

    @Override
    public void close() {
        for (ByteBuf request : requests) {
            request.release();
        }
    }
}
