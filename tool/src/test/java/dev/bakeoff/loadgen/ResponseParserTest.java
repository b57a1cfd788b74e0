package dev.bakeoff.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseParserTest {
    private static final String PLAIN =
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 13\r\n\r\nHello, World!";
    private static final String CHUNKED = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5\r\nHello\r\n8;ext=1\r\n, World!\r\n0\r\nTrailer: x\r\n\r\n";

    /** Records what the parser reports. */
    static final class Sink implements ResponseSink {
        final List<String> responses = new ArrayList<>();
        int protocolErrors;
        boolean head;

        @Override
        public boolean nextResponseHasNoBody() {
            return head;
        }

        @Override
        public void onResponse(int status, boolean keepAlive) {
            responses.add(status + (keepAlive ? "" : " close"));
        }

        @Override
        public void onProtocolError() {
            protocolErrors++;
        }
    }

    private static Sink feed(String text, int... splits) {
        Sink sink = new Sink();
        ResponseParser parser = new ResponseParser();
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        int from = 0;
        for (int split : splits) {
            parser.feed(Unpooled.wrappedBuffer(bytes, from, split - from), sink);
            from = split;
        }
        ByteBuf rest = Unpooled.wrappedBuffer(bytes, from, bytes.length - from);
        parser.feed(rest, sink);
        assertThat(rest.readableBytes()).isZero();
        return sink;
    }

    @Test
    void readsAContentLengthResponse() {
        assertThat(feed(PLAIN).responses).containsExactly("200");
    }

    @Test
    void readsAResponseSplitAtEveryPossibleByte() {
        for (int split = 1; split < PLAIN.length(); split++) {
            assertThat(feed(PLAIN + PLAIN, split, split + PLAIN.length()).responses)
                    .as("split at %d", split)
                    .containsExactly("200", "200");
        }
    }

    @Test
    void readsAChunkedResponseSplitAtEveryPossibleByte() {
        for (int split = 1; split < CHUNKED.length(); split++) {
            assertThat(feed(CHUNKED + PLAIN, split).responses)
                    .as("split at %d", split)
                    .containsExactly("200", "200");
        }
    }

    @Test
    void readsPipelinedResponsesInOneBuffer() {
        String notFound = "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n";
        assertThat(feed(PLAIN + CHUNKED + notFound + PLAIN).responses).containsExactly("200", "200", "404", "200");
    }

    @Test
    void honoursConnectionClose() {
        String closing = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok";
        assertThat(feed(closing).responses).containsExactly("200 close");
    }

    @Test
    void treatsHttp10AsClosingUnlessKeepAlive() {
        assertThat(feed("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n").responses)
                .containsExactly("200 close");
        assertThat(feed("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n").responses)
                .containsExactly("200");
    }

    @Test
    void readsNoBodyForHeadAnd204And304() {
        Sink sink = new Sink();
        sink.head = true;
        new ResponseParser()
                .feed(
                        Unpooled.copiedBuffer(
                                "HTTP/1.1 200 OK\r\nContent-Length: 13\r\n\r\n", StandardCharsets.US_ASCII),
                        sink);
        assertThat(sink.responses).containsExactly("200");
        assertThat(feed("HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 304 Not Modified\r\nContent-Length: 9\r\n\r\n")
                        .responses)
                .containsExactly("204", "304");
    }

    @Test
    void skipsInterim100Continue() {
        assertThat(feed("HTTP/1.1 100 Continue\r\n\r\n" + PLAIN).responses).containsExactly("200");
    }

    @Test
    void endsABodyWithoutLengthWhenTheConnectionCloses() {
        Sink sink = new Sink();
        ResponseParser parser = new ResponseParser();
        parser.feed(Unpooled.copiedBuffer("HTTP/1.1 200 OK\r\n\r\nstreaming...", StandardCharsets.US_ASCII), sink);
        assertThat(sink.responses).isEmpty();
        parser.onClose(sink);
        assertThat(sink.responses).containsExactly("200 close");
    }

    @Test
    void reportsGarbageAsAProtocolError() {
        Sink sink = feed("SSH-2.0-OpenSSH\r\n");
        assertThat(sink.responses).isEmpty();
        assertThat(sink.protocolErrors).isEqualTo(1);
    }

    @Test
    void acceptsLowerCaseAndOddlySpacedHeaders() {
        assertThat(feed("HTTP/1.1 201 Created\r\ncontent-length:   3\r\nTRANSFER-ENCODING: identity\r\n\r\nabc")
                        .responses)
                .containsExactly("201");
    }
}
