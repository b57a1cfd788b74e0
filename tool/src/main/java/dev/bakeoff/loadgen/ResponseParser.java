package dev.bakeoff.loadgen;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * A streaming HTTP/1.1 response parser that only finds where each response ends, its status and
 * whether the connection stays open: status line, Content-Length, chunked transfer coding,
 * Connection, and bodies that run until close. Bytes may arrive split anywhere and several
 * pipelined responses may arrive in one buffer.
 *
 * <p>Implementation notes: the parser is a byte-at-a-time state machine over the buffer as it
 * comes, so it never buffers, copies or allocates; bodies are skipped in bulk. Header names are
 * matched against the three it needs while they stream past. One parser per connection, used only
 * on that connection's event loop.
 */
final class ResponseParser {
    private static final int VERSION = 0;
    private static final int STATUS = 1;
    private static final int REASON = 2;
    private static final int HEADER_START = 3;
    private static final int HEADER_NAME = 4;
    private static final int HEADER_VALUE = 5;
    private static final int HEADERS_LF = 6;
    private static final int BODY_FIXED = 7;
    private static final int BODY_UNTIL_CLOSE = 8;
    private static final int CHUNK_SIZE = 9;
    private static final int CHUNK_EXT = 10;
    private static final int CHUNK_DATA = 11;
    private static final int CHUNK_DATA_END = 12;
    private static final int TRAILER_START = 13;
    private static final int TRAILER_LINE = 14;
    private static final int FAILED = 15;

    private static final byte[] HTTP_SLASH = ascii("HTTP/");
    private static final byte[][] NAMES = {ascii("content-length"), ascii("transfer-encoding"), ascii("connection")};
    private static final int CONTENT_LENGTH = 0;
    private static final int TRANSFER_ENCODING = 1;
    private static final int CONNECTION = 2;
    private static final int ALL_NAMES = 0b111;
    private static final byte[] CHUNKED = ascii("chunked");
    private static final byte[] CLOSE = ascii("close");
    private static final byte[] KEEP_ALIVE = ascii("keep-alive");

    private int state;
    private int pos;
    private boolean http10;
    private int status;
    private long contentLength;
    private boolean chunked;
    private boolean connectionClose;
    private boolean connectionKeepAlive;
    private int nameMask;
    private int header;
    private int matchA;
    private int matchB;
    private long remaining;

    ResponseParser() {
        reset();
    }

    /** Forgets any partial response, e.g. when a new connection starts. */
    void reset() {
        state = VERSION;
        pos = 0;
        http10 = false;
        status = 0;
        contentLength = -1;
        chunked = false;
        connectionClose = false;
        connectionKeepAlive = false;
        remaining = 0;
    }

    /** Consumes every readable byte of {@code buf}, reporting each response that completes. */
    void feed(ByteBuf buf, ResponseSink sink) {
        int i = buf.readerIndex();
        int end = buf.writerIndex();
        while (i < end) {
            switch (state) {
                case BODY_FIXED, CHUNK_DATA -> {
                    int n = (int) Math.min(remaining, end - i);
                    i += n;
                    remaining -= n;
                    if (remaining == 0) {
                        if (state == BODY_FIXED) {
                            complete(sink);
                        } else {
                            state = CHUNK_DATA_END;
                        }
                    }
                }
                case BODY_UNTIL_CLOSE, FAILED -> i = end;
                default -> step(buf.getByte(i++), sink);
            }
        }
        buf.readerIndex(end);
    }

    /** The connection closed: a body that runs until close is complete now. */
    void onClose(ResponseSink sink) {
        if (state == BODY_UNTIL_CLOSE) {
            complete(sink);
        }
        reset();
    }

    private void step(byte b, ResponseSink sink) {
        switch (state) {
            case VERSION -> version(b, sink);
            case STATUS -> statusCode(b, sink);
            case REASON -> {
                if (b == '\n') {
                    state = HEADER_START;
                }
            }
            case HEADER_START -> headerStart(b, sink);
            case HEADER_NAME -> headerName(b, sink);
            case HEADER_VALUE -> headerValue(b);
            case HEADERS_LF -> {
                if (b == '\n') {
                    headersDone(sink);
                } else {
                    fail(sink);
                }
            }
            case CHUNK_SIZE -> chunkSize(b, sink);
            case CHUNK_EXT -> {
                if (b == '\n') {
                    chunkSizeDone();
                }
            }
            case CHUNK_DATA_END -> {
                if (b == '\n') {
                    state = CHUNK_SIZE;
                    remaining = 0;
                } else if (b != '\r') {
                    fail(sink);
                }
            }
            case TRAILER_START -> {
                if (b == '\n') {
                    complete(sink);
                } else if (b != '\r') {
                    state = TRAILER_LINE;
                }
            }
            case TRAILER_LINE -> {
                if (b == '\n') {
                    state = TRAILER_START;
                }
            }
            default -> fail(sink);
        }
    }

    private void version(byte b, ResponseSink sink) {
        if (pos < HTTP_SLASH.length) {
            if (b != HTTP_SLASH[pos]) {
                fail(sink);
                return;
            }
        } else if (b == ' ') {
            state = STATUS;
            status = 0;
            pos = 0;
            return;
        } else if (pos == 7) {
            http10 = b == '0';
        } else if (pos > 8) {
            fail(sink);
            return;
        }
        pos++;
    }

    private void statusCode(byte b, ResponseSink sink) {
        if (b >= '0' && b <= '9' && pos < 3) {
            status = status * 10 + (b - '0');
            pos++;
        } else if (pos == 3 && (b == ' ' || b == '\r' || b == '\n')) {
            state = b == '\n' ? HEADER_START : REASON;
        } else {
            fail(sink);
        }
    }

    private void headerStart(byte b, ResponseSink sink) {
        if (b == '\r') {
            state = HEADERS_LF;
        } else if (b == '\n') {
            headersDone(sink);
        } else {
            state = HEADER_NAME;
            nameMask = ALL_NAMES;
            pos = 0;
            headerName(b, sink);
        }
    }

    private void headerName(byte b, ResponseSink sink) {
        if (b == ':') {
            header = -1;
            for (int k = 0; k < NAMES.length; k++) {
                if ((nameMask & (1 << k)) != 0 && NAMES[k].length == pos) {
                    header = k;
                }
            }
            matchA = 0;
            matchB = 0;
            state = HEADER_VALUE;
            return;
        }
        if (b == '\n') {
            fail(sink);
            return;
        }
        byte lower = (byte) (b | 0x20);
        for (int k = 0; k < NAMES.length; k++) {
            if ((nameMask & (1 << k)) != 0 && (pos >= NAMES[k].length || NAMES[k][pos] != lower)) {
                nameMask &= ~(1 << k);
            }
        }
        pos++;
    }

    private void headerValue(byte b) {
        if (b == '\n') {
            state = HEADER_START;
            return;
        }
        switch (header) {
            case CONTENT_LENGTH -> {
                if (b >= '0' && b <= '9') {
                    contentLength = Math.max(0, contentLength) * 10 + (b - '0');
                }
            }
            case TRANSFER_ENCODING -> {
                matchA = advance(matchA, CHUNKED, (byte) (b | 0x20));
                chunked |= matchA == CHUNKED.length;
            }
            case CONNECTION -> {
                byte lower = (byte) (b | 0x20);
                matchA = advance(matchA, CLOSE, lower);
                matchB = advance(matchB, KEEP_ALIVE, lower);
                connectionClose |= matchA == CLOSE.length;
                connectionKeepAlive |= matchB == KEEP_ALIVE.length;
            }
            default -> {}
        }
    }

    private static int advance(int matched, byte[] word, byte lower) {
        if (matched < word.length && word[matched] == lower) {
            return matched + 1;
        }
        return word[0] == lower ? 1 : 0;
    }

    private void headersDone(ResponseSink sink) {
        if (status >= 100 && status < 200 && status != 101) {
            reset(); // an interim response (100 Continue): the real one follows
            return;
        }
        if (sink.nextResponseHasNoBody() || status == 204 || status == 304 || status < 200) {
            complete(sink);
        } else if (chunked) {
            state = CHUNK_SIZE;
            remaining = 0;
        } else if (contentLength == 0) {
            complete(sink);
        } else if (contentLength > 0) {
            state = BODY_FIXED;
            remaining = contentLength;
        } else {
            state = BODY_UNTIL_CLOSE;
        }
    }

    private void chunkSize(byte b, ResponseSink sink) {
        int digit = Character.digit(b, 16);
        if (digit >= 0) {
            remaining = remaining * 16 + digit;
        } else if (b == ';' || b == ' ') {
            state = CHUNK_EXT;
        } else if (b == '\n') {
            chunkSizeDone();
        } else if (b != '\r') {
            fail(sink);
        }
    }

    private void chunkSizeDone() {
        state = remaining == 0 ? TRAILER_START : CHUNK_DATA;
    }

    private void complete(ResponseSink sink) {
        boolean keepAlive = state != BODY_UNTIL_CLOSE && (http10 ? connectionKeepAlive : !connectionClose);
        int completedStatus = status;
        reset();
        sink.onResponse(completedStatus, keepAlive);
    }

    private void fail(ResponseSink sink) {
        state = FAILED;
        sink.onProtocolError();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
