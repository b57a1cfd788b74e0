package dev.bakeoff.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Small helpers to answer an exchange; every answer carries a strict Content-Security-Policy. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Closed sets (run status, live state) go out by their lower-case words, as the page expects.
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "connect-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    /** The largest request body any API takes (a profile, a description): far above what the page sends. */
    static final int MAX_BODY = 256 * 1024;
    /**
     * What a refusal reads and throws away of a body nobody wants, so that the client gets to read the
     * answer instead of a reset; beyond it the connection is simply closed (the server's request timeout
     * bounds the time this takes).
     */
    private static final long DISCARD = 64L * 1024 * 1024;

    private Http() {}

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Content-Security-Policy", CSP);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static void json(HttpExchange ex, int status, Object value) throws IOException {
        send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
    }

    /** A JSON document that a CLI command already printed. */
    static void rawJson(HttpExchange ex, int status, String json) throws IOException {
        send(ex, status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    static void error(HttpExchange ex, int status, String message) throws IOException {
        json(ex, status, Map.of("error", message));
    }

    /** Thrown when a body without a declared length turns out too large: the handler answers 413. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("request body over " + MAX_BODY + " bytes");
        }
    }

    static String body(HttpExchange ex) throws IOException {
        InputStream in = ex.getRequestBody();
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new TooLarge();
        }
        in.close();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static boolean declaredBodyTooLarge(HttpExchange ex) {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        try {
            return length != null && Long.parseLong(length.strip()) > MAX_BODY;
        } catch (NumberFormatException e) {
            return false; // the JDK server has already refused a malformed length
        }
    }

    /**
     * A JSON error with the connection closed after it. The unread body is read and thrown away first:
     * the JDK server reads only 64 KB of what a handler left, then closes, and a client still sending gets
     * a reset instead of this answer.
     */
    static void refuse(HttpExchange ex, int status, String message) throws IOException {
        discard(ex);
        ex.getResponseHeaders().set("Connection", "close");
        error(ex, status, message);
    }

    /** The page for a browser that came without the token: how to get the right URL. */
    static void refusePage(HttpExchange ex, byte[] page) throws IOException {
        discard(ex);
        ex.getResponseHeaders().set("Connection", "close");
        send(ex, 403, "text/html; charset=utf-8", page);
    }

    private static void discard(HttpExchange ex) {
        InputStream in = ex.getRequestBody();
        byte[] sink = new byte[64 * 1024];
        long left = DISCARD;
        try {
            int n;
            while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            // the client went away or the request timed out: the answer below may not arrive either
        }
    }
}
