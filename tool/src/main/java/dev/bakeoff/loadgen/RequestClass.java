package dev.bakeoff.loadgen;

import java.util.Map;
import java.util.Objects;

/**
 * One kind of request in a weighted mix; each class gets its own latency histograms, so a mix of
 * cheap and CPU-heavy requests shows what each suffered.
 *
 * @param name label in the output, e.g. "plaintext"
 * @param method HTTP method, e.g. "GET"
 * @param path request target starting with '/', query included
 * @param headers extra request headers (Host and Content-Length are written by the generator)
 * @param body request body as UTF-8 text, empty for none
 * @param weight relative share of this class in the mix, at least 1
 */
public record RequestClass(
        String name, String method, String path, Map<String, String> headers, String body, int weight) {

    public RequestClass {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    /** A plain GET of {@code path}, weight 1. */
    public static RequestClass get(String name, String path) {
        return new RequestClass(name, "GET", path, Map.of(), "", 1);
    }
}
